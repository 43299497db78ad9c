/// <reference path="../pb_data/types.d.ts" />
// Regular and thematic cell meetings held during the pilot, with attendance.
migrate((app) => {
  const { enrollmentRead, cellWrite } = require(`${__hooks}/lib/scope-rules.js`);
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const members = app.findCollectionByNameOrId("members");
  const write = cellWrite("enrollment.", ["pilot", "review", "evaluation"]);
  app.save(new Collection({
    type: "base",
    name: "meetings",
    listRule: enrollmentRead("enrollment."),
    viewRule: enrollmentRead("enrollment."),
    createRule: write,
    updateRule: write + " && @request.body.enrollment:isset = false",
    deleteRule: write,
    fields: [
      { type: "relation", name: "enrollment", required: true, collectionId: enrollments.id, maxSelect: 1 },
      { type: "date", name: "date", required: true },
      { type: "select", name: "kind", required: true, maxSelect: 1, values: ["regular", "thematic"] },
      { type: "text", name: "topic", required: true, max: 500 },
      { type: "number", name: "present", required: true, onlyInt: true, min: 0, max: 10000 },
      { type: "number", name: "total", required: true, onlyInt: true, min: 1, max: 10000 },
      { type: "number", name: "excused", onlyInt: true, min: 0, max: 10000 },
      { type: "text", name: "resolutions", max: 10000 },
      { type: "text", name: "nextProgramme", max: 10000 },
      { type: "file", name: "minutes", maxSelect: 1, maxSize: 10485760,
        mimeTypes: ["application/pdf", "image/jpeg", "image/png"] },
      { type: "relation", name: "absentees", collectionId: members.id, maxSelect: 10000 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: ["CREATE INDEX idx_meetings_enrollment ON meetings (enrollment, date)"],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("meetings"));
});
