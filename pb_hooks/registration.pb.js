/// <reference path="../pb_data/types.d.ts" />
// The registration's emphasis (enrollments.emphasis) names criteria of the programme's framework
// for the cell's type (lib/cell-records.js). Field-by-role checks stay in enrollments.pb.js.

onRecordCreate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkEmphasis(e.app, e.record);
  e.next();
}, "enrollments");

onRecordUpdate((e) => {
  const before = e.record.original();
  if (before.getString("emphasis") !== e.record.getString("emphasis")) {
    require(`${__hooks}/lib/cell-records.js`).checkEmphasis(e.app, e.record);
  }
  e.next();
}, "enrollments");
