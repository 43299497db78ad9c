/// <reference path="../pb_data/types.d.ts" />
// Plan tasks: the assignee is a member of the enrollment's cell, the plan is the enrollment's
// own, and a task is not due before its roadmap month (lib/cell-records.js).

onRecordCreate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkPlanTask(e.app, e.record);
  e.next();
}, "plan_tasks");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/cell-records.js`).checkPlanTask(e.app, e.record);
  e.next();
}, "plan_tasks");
