/// <reference path="../pb_data/types.d.ts" />
// Every committee decision at a gate: who, which committee, what, and what was said.
// Written only by the lifecycle route, in the same transaction as the state change.
migrate((app) => {
  const { enrollmentRead } = require(`${__hooks}/lib/scope-rules.js`);
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const units = app.findCollectionByNameOrId("units");
  const users = app.findCollectionByNameOrId("users");
  const read = enrollmentRead("enrollment.");
  app.save(new Collection({
    type: "base",
    name: "approvals",
    listRule: read, viewRule: read, createRule: null, updateRule: null, deleteRule: null,
    fields: [
      { type: "relation", name: "enrollment", required: true, collectionId: enrollments.id, maxSelect: 1 },
      { type: "select", name: "gate", required: true, maxSelect: 1,
        values: ["selection", "plan", "supervision", "classification", "recognition"] },
      { type: "number", name: "step", onlyInt: true, min: 0 },
      { type: "relation", name: "unit", required: true, collectionId: units.id, maxSelect: 1 },
      { type: "select", name: "decision", required: true, maxSelect: 1,
        values: ["approve", "return", "reject", "classify", "open_review", "conclude_review", "start_evaluation"] },
      { type: "text", name: "comment", max: 5000 },
      { type: "relation", name: "actor", required: true, collectionId: users.id, maxSelect: 1 },
      // Names as they were when the decision was taken: the audit must not change with renames.
      { type: "text", name: "actorName", max: 120 },
      { type: "text", name: "unitName", max: 200 },
      { type: "autodate", name: "created", onCreate: true },
    ],
    indexes: [
      "CREATE INDEX idx_approvals_enrollment ON approvals (enrollment, created)",
      "CREATE INDEX idx_approvals_unit ON approvals (unit, created)",
    ],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("approvals"));
});
