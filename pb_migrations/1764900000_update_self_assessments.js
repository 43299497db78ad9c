/// <reference path="../pb_data/types.d.ts" />
// The committee locks (or reopens) a cell's monthly self-assessment: officers of the committees
// above the cell may change its `locked` flag, and nothing else (pb_hooks/self_assessments.pb.js).
// Until now only a superuser could, so "editable until locked" had nobody to lock it.
migrate((app) => {
  const { committeeLock } = require(`${__hooks}/lib/scope-rules.js`);
  const c = app.findCollectionByNameOrId("self_assessments");
  c.updateRule = `(${c.updateRule}) || (${committeeLock("enrollment.")})`;
  app.save(c);
}, (app) => {
  const { cellWrite } = require(`${__hooks}/lib/scope-rules.js`);
  const c = app.findCollectionByNameOrId("self_assessments");
  const write = cellWrite("enrollment.", ["pilot", "review", "evaluation"]);
  c.updateRule = write + " && locked = false && @request.body.locked:isset = false && @request.body.enrollment:isset = false && @request.body.month:isset = false";
  app.save(c);
});
