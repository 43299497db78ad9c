/// <reference path="../pb_data/types.d.ts" />
// The monthly self-assessment against the criteria: one per enrollment and month, editable by the
// cell until the committee locks it. `total` is computed by pb_hooks from `scores`, never trusted.
migrate((app) => {
  const { enrollmentRead, cellWrite } = require(`${__hooks}/lib/scope-rules.js`);
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const users = app.findCollectionByNameOrId("users");
  const write = cellWrite("enrollment.", ["pilot", "review", "evaluation"]);
  app.save(new Collection({
    type: "base",
    name: "self_assessments",
    listRule: enrollmentRead("enrollment."),
    viewRule: enrollmentRead("enrollment."),
    createRule: write + " && @request.body.locked:isset = false",
    updateRule: write + " && locked = false && @request.body.locked:isset = false && @request.body.enrollment:isset = false && @request.body.month:isset = false",
    deleteRule: null,
    fields: [
      { type: "relation", name: "enrollment", required: true, collectionId: enrollments.id, maxSelect: 1 },
      { type: "text", name: "month", required: true, max: 7, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" },
      { type: "json", name: "scores", required: true, maxSize: 50000 },
      { type: "json", name: "evidence", maxSize: 200000 },
      { type: "number", name: "total", min: 0, max: 100 },
      { type: "select", name: "rating", maxSelect: 1, values: ["excellent", "good", "complete", "incomplete"] },
      { type: "bool", name: "locked" },
      { type: "relation", name: "submittedBy", collectionId: users.id, maxSelect: 1 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: ["CREATE UNIQUE INDEX idx_self_assessments_enrollment_month ON self_assessments (enrollment, month)"],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("self_assessments"));
});
