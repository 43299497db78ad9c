/// <reference path="../pb_data/types.d.ts" />
// Plan tasks: the assignee is a member of the enrollment's cell, the plan is the enrollment's
// own, and a task is not due before its roadmap month (lib/cell-records.js); values of the wrong
// type are refused before PocketBase casts them (in the batch that saves a plan: onBatchRequest in
// plans.pb.js; no request hook here, see lib/input.js checkBatch), and the due date falls within the
// programme's window of years (lib/input.js).

onRecordCreate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkPlanTask(e.app, e.record);
  require(`${__hooks}/lib/input.js`).checkDateWindow(e.app, e.record, ["due"]);
  e.next();
}, "plan_tasks");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkPlanTask(e.app, e.record);
  require(`${__hooks}/lib/input.js`).checkDateWindow(e.app, e.record, ["due"]);
  e.next();
}, "plan_tasks");
