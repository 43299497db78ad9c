/// <reference path="../pb_data/types.d.ts" />
// Meetings: present + excused ≤ total, and the absentees are members of the cell (lib/cell-records.js);
// values of the wrong type are refused before PocketBase casts them, and the date falls within the
// programme's window of years (lib/input.js).

onRecordCreate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkMeeting(e.app, e.record);
  require(`${__hooks}/lib/input.js`).checkDateWindow(e.app, e.record, ["date"]);
  e.next();
}, "meetings");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkMeeting(e.app, e.record);
  require(`${__hooks}/lib/input.js`).checkDateWindow(e.app, e.record, ["date"]);
  e.next();
}, "meetings");

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "meetings");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "meetings");
