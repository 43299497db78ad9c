/// <reference path="../pb_data/types.d.ts" />
// A plan task needs its due date, its roadmap month and its status: the plan form requires them,
// and so does the API (the assignee is checked against the cell's members in pb_hooks/plan_tasks.pb.js).
migrate((app) => {
  const c = app.findCollectionByNameOrId("plan_tasks");
  ["due", "month", "status"].forEach((name) => { c.fields.getByName(name).required = true; });
  c.fields.getByName("title").min = 3;
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("plan_tasks");
  ["due", "month", "status"].forEach((name) => { c.fields.getByName(name).required = false; });
  c.fields.getByName("title").min = 0;
  app.save(c);
});
