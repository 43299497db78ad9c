/// <reference path="../pb_data/types.d.ts" />
// The plan's work steps (các bước công việc): who does what by when, on which month of the roadmap.
migrate((app) => {
  const { enrollmentRead, cellWrite } = require(`${__hooks}/lib/scope-rules.js`);
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const plans = app.findCollectionByNameOrId("plans");
  const members = app.findCollectionByNameOrId("members");
  const write = cellWrite("enrollment.", ["planning", "pilot", "review"]);
  app.save(new Collection({
    type: "base",
    name: "plan_tasks",
    listRule: enrollmentRead("enrollment."),
    viewRule: enrollmentRead("enrollment."),
    createRule: write,
    updateRule: write + " && @request.body.enrollment:isset = false",
    deleteRule: write,
    fields: [
      { type: "relation", name: "enrollment", required: true, collectionId: enrollments.id, maxSelect: 1 },
      { type: "relation", name: "plan", collectionId: plans.id, maxSelect: 1, cascadeDelete: true },
      { type: "text", name: "title", required: true, max: 500 },
      { type: "relation", name: "assignee", collectionId: members.id, maxSelect: 1 },
      { type: "date", name: "due" },
      { type: "text", name: "month", max: 7, pattern: "^$|^[0-9]{4}-(0[1-9]|1[0-2])$" },
      { type: "select", name: "status", maxSelect: 1, values: ["todo", "doing", "done"] },
      { type: "number", name: "order", onlyInt: true, min: 0 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: ["CREATE INDEX idx_plan_tasks_enrollment ON plan_tasks (enrollment, \"order\")"],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("plan_tasks"));
});
