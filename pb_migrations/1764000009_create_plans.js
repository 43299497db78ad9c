/// <reference path="../pb_data/types.d.ts" />
// The cell's thematic resolution (nghị quyết chuyên đề) and plan (kế hoạch), one per enrollment,
// filed while planning. The uploaded document is limited in type and size here, not only in the UI.
migrate((app) => {
  const { enrollmentRead, cellWrite } = require(`${__hooks}/lib/scope-rules.js`);
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const write = cellWrite("enrollment.", ["planning"]);
  app.save(new Collection({
    type: "base",
    name: "plans",
    listRule: enrollmentRead("enrollment."),
    viewRule: enrollmentRead("enrollment."),
    createRule: write,
    updateRule: write + " && @request.body.enrollment:isset = false",
    deleteRule: null,
    fields: [
      { type: "relation", name: "enrollment", required: true, collectionId: enrollments.id, maxSelect: 1 },
      { type: "text", name: "resolutionNo", required: true, max: 60 },
      { type: "date", name: "resolutionDate", required: true },
      { type: "text", name: "resolutionSigner", required: true, max: 120 },
      { type: "file", name: "resolutionDoc", maxSelect: 1, maxSize: 10485760,
        mimeTypes: ["application/pdf", "image/jpeg", "image/png"] },
      { type: "text", name: "summary", max: 10000 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: ["CREATE UNIQUE INDEX idx_plans_enrollment ON plans (enrollment)"],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("plans"));
});
