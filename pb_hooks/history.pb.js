/// <reference path="../pb_data/types.d.ts" />
// History cannot be erased through the API: the cell may not delete meetings, plan tasks or
// members of a month that is kept (locked, or past its due date), nor move a kept record to
// another month. Superusers (corrections) are not held. Logic: lib/history.js.

onRecordDeleteRequest((e) => {
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/history.js`).checkDelete(e.app, "meetings", e.record);
  e.next();
}, "meetings");

onRecordDeleteRequest((e) => {
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/history.js`).checkDelete(e.app, "plan_tasks", e.record);
  e.next();
}, "plan_tasks");

onRecordUpdateRequest((e) => {
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/history.js`).checkUpdate(e.app, "meetings", e.record);
  e.next();
}, "meetings");

onRecordUpdateRequest((e) => {
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/history.js`).checkUpdate(e.app, "plan_tasks", e.record);
  e.next();
}, "plan_tasks");

onRecordDeleteRequest((e) => {
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/history.js`).checkMemberDelete(e.app, e.record);
  e.next();
}, "members");
