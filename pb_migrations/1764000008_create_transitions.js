/// <reference path="../pb_data/types.d.ts" />
// The append-only audit trail of every state change. Nobody but a superuser can edit or delete it:
// all write rules are null, and the lifecycle route writes it inside its transaction.
migrate((app) => {
  const { enrollmentRead } = require(`${__hooks}/lib/scope-rules.js`);
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const users = app.findCollectionByNameOrId("users");
  const read = enrollmentRead("enrollment.");
  app.save(new Collection({
    type: "base",
    name: "transitions",
    listRule: read, viewRule: read, createRule: null, updateRule: null, deleteRule: null,
    fields: [
      { type: "relation", name: "enrollment", required: true, collectionId: enrollments.id, maxSelect: 1 },
      { type: "text", name: "from", max: 40 },
      { type: "text", name: "to", required: true, max: 40 },
      { type: "text", name: "event", required: true, max: 40 },
      { type: "number", name: "step", onlyInt: true, min: 0 },
      { type: "relation", name: "actor", collectionId: users.id, maxSelect: 1 },
      { type: "text", name: "actorName", max: 120 },
      { type: "text", name: "unitName", max: 200 },
      { type: "text", name: "comment", max: 5000 },
      { type: "autodate", name: "created", onCreate: true },
    ],
    indexes: ["CREATE INDEX idx_transitions_enrollment ON transitions (enrollment, created)"],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("transitions"));
});
