/// <reference path="../pb_data/types.d.ts" />
// Meetings: present + excused ≤ total, and the absentees are members of the cell (lib/cell-records.js);
// values of the wrong type are refused before PocketBase casts them, and the date falls within the
// programme's window of years (lib/input.js).

onRecordUpdate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkMeeting(e.app, e.record);
  require(`${__hooks}/lib/input.js`).checkDateWindow(e.app, e.record, ["date"]);
  e.next();
}, "meetings");

// A create through the records API runs in ONE JS worker (as a self-assessment's, see
// self_assessments.pb.js): this request hook does all of it before e.next(), in the order the model
// hooks did: the body's types, the uploaded minutes (lib/files.js), attendance and the date window,
// the texts in NFC. No model hook runs on the create (they nested four workers: request, files,
// meetings, NFC). The checks run only for a caller the create rule can let through (a superuser, the
// cell's secretary); an unchecked record carries total -1, which the field (1–10000) refuses.
onRecordCreateRequest((e) => {
  const input = require(`${__hooks}/lib/input.js`);
  input.checkRequest(e);
  const cell = require(`${__hooks}/lib/cell-records.js`);
  if (cell.checkedBeforeRule(e)) {
    require(`${__hooks}/lib/files.js`).prepare(e.app, e.record);
    cell.checkMeeting(e.app, e.record);
    input.checkDateWindow(e.app, e.record, ["date"]);
  } else {
    e.record.set("total", -1);
  }
  input.normaliseText(e.record);
  e.next();
}, "meetings");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "meetings");
