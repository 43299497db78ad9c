/// <reference path="../pb_data/types.d.ts" />
// Inspectors' mid-term review notes, filed only for cells assigned to them and only while the
// cell is under review. `clientId` makes an offline retry idempotent: the same note twice is refused.
migrate((app) => {
  const { enrollmentRead } = require(`${__hooks}/lib/scope-rules.js`);
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const meetings = app.findCollectionByNameOrId("meetings");
  const users = app.findCollectionByNameOrId("users");
  const write = '@request.auth.role = "inspector" && inspector = @request.auth.id' +
    ' && (enrollment.inspectors.id ?= @request.auth.id || enrollment.supervisor = @request.auth.id)' +
    ' && enrollment.state = "review"';
  app.save(new Collection({
    type: "base",
    name: "review_notes",
    listRule: enrollmentRead("enrollment."),
    viewRule: enrollmentRead("enrollment."),
    createRule: write,
    updateRule: write + " && @request.body.enrollment:isset = false && @request.body.inspector:isset = false",
    deleteRule: null,
    fields: [
      { type: "relation", name: "enrollment", required: true, collectionId: enrollments.id, maxSelect: 1 },
      { type: "relation", name: "inspector", required: true, collectionId: users.id, maxSelect: 1 },
      { type: "date", name: "visitedOn", required: true },
      { type: "relation", name: "meeting", collectionId: meetings.id, maxSelect: 1 },
      { type: "json", name: "findings", maxSize: 50000 },
      { type: "text", name: "strengths", max: 10000 },
      { type: "text", name: "shortcomings", max: 10000 },
      { type: "text", name: "recommendations", max: 10000 },
      { type: "bool", name: "isGoodPractice" },
      { type: "text", name: "goodPractice", max: 10000 },
      { type: "select", name: "proposedRating", maxSelect: 1, values: ["excellent", "good", "complete", "incomplete"] },
      { type: "file", name: "photos", maxSelect: 6, maxSize: 5242880, mimeTypes: ["image/jpeg", "image/png", "image/webp"] },
      { type: "text", name: "clientId", max: 64 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE INDEX idx_review_notes_enrollment ON review_notes (enrollment, visitedOn)",
      "CREATE INDEX idx_review_notes_inspector ON review_notes (inspector)",
      "CREATE UNIQUE INDEX idx_review_notes_client ON review_notes (clientId) WHERE clientId != ''",
    ],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("review_notes"));
});
