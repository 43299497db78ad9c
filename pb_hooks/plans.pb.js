/// <reference path="../pb_data/types.d.ts" />
// The cell's resolution and plan: values of the wrong type are refused before PocketBase casts
// them, and the resolution's date falls within the programme's window of years (lib/input.js).

onRecordCreate((e) => {
  require(`${__hooks}/lib/input.js`).checkDateWindow(e.app, e.record, ["resolutionDate"]);
  e.next();
}, "plans");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/input.js`).checkDateWindow(e.app, e.record, ["resolutionDate"]);
  e.next();
}, "plans");

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "plans");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "plans");

// The bodies of a batch (the plan and its tasks are saved in one): one JS VM for the whole batch.
onBatchRequest((e) => {
  const refused = require(`${__hooks}/lib/input.js`).checkBatch(e);
  if (refused) return e.json(400, refused);
  e.next();
});
