/// <reference path="../pb_data/types.d.ts" />
// Every text of the app's records is stored in one Unicode form (NFC): names typed with combining
// diacritics (some keyboards, pasted text) are the same names as the others. Units and accounts
// also keep a folded search key (nameKey). Model hooks, so the records API, the routes, the import
// and the seed all pass here. Logic: lib/input.js. (Keep the list in step with TEXT_COLLECTIONS.)
// A self-assessment's and a meeting's create are the exceptions: their one request hook normalises
// them (self_assessments.pb.js, meetings.pb.js), so that each create ties up one JS worker.

onRecordCreate((e) => {
  require(`${__hooks}/lib/input.js`).normaliseText(e.record);
  e.next();
}, "units", "users", "programmes", "criteria", "members", "enrollments", "approvals", "transitions",
  "plans", "plan_tasks", "review_notes", "notifications", "imports");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/input.js`).normaliseText(e.record);
  e.next();
}, "units", "users", "programmes", "criteria", "members", "enrollments", "approvals", "transitions",
  "plans", "plan_tasks", "meetings", "self_assessments", "review_notes", "notifications", "imports");
