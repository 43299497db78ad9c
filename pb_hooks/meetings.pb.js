/// <reference path="../pb_data/types.d.ts" />
// Meetings: present + excused ≤ total, and the absentees are members of the cell (lib/cell-records.js).

onRecordCreate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkMeeting(e.app, e.record);
  e.next();
}, "meetings");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkMeeting(e.app, e.record);
  e.next();
}, "meetings");
