/// <reference path="../pb_data/types.d.ts" />
// One cell in one programme: the lifecycle's subject. `state`, `step`, `awaiting` and the other
// lifecycle fields change only through POST /api/enrollments/{id}/events (pb_hooks/lifecycle.pb.js);
// pb_hooks/enrollments.pb.js refuses them on the plain records API. `path`, `cellType` and `year`
// are copies from the cell and programme so that scope rules and quota counts need no joins.
migrate((app) => {
  const units = app.findCollectionByNameOrId("units");
  const programmes = app.findCollectionByNameOrId("programmes");
  const users = app.findCollectionByNameOrId("users");
  const { enrollmentRead } = require(`${__hooks}/lib/scope-rules.js`);
  const read = enrollmentRead("");
  const enrollments = new Collection({
    type: "base",
    name: "enrollments",
    listRule: read,
    viewRule: read,
    createRule: '@request.auth.role = "secretary" && @request.auth.unit != "" && cell = @request.auth.unit && @request.auth.unit.path ~ programme.owner.id',
    // Which fields each role may touch is decided in pb_hooks/lib/enrollment-fields.js.
    updateRule: '@request.auth.unit != "" && ((@request.auth.role = "secretary" && cell = @request.auth.unit) || (@request.auth.role = "officer" && path ~ @request.auth.unit.path))',
    deleteRule: '@request.auth.role = "secretary" && cell = @request.auth.unit && state = "draft"',
    fields: [
      { type: "relation", name: "cell", required: true, collectionId: units.id, maxSelect: 1 },
      { type: "relation", name: "programme", required: true, collectionId: programmes.id, maxSelect: 1 },
      { type: "number", name: "year", onlyInt: true },
      { type: "text", name: "path", max: 400 },
      { type: "select", name: "cellType", maxSelect: 1,
        values: ["residential", "administrative", "public_service", "armed_forces", "enterprise"] },
      // lifecycle fields
      { type: "text", name: "state", max: 40 },
      { type: "number", name: "step", onlyInt: true, min: 0 },
      { type: "number", name: "version", onlyInt: true, min: 0 },
      { type: "relation", name: "awaiting", collectionId: units.id, maxSelect: 1 },
      { type: "relation", name: "submittedBy", collectionId: users.id, maxSelect: 1 },
      { type: "date", name: "stateChangedAt" },
      { type: "bool", name: "reviewConcluded" },
      { type: "number", name: "score", min: 0, max: 100 },
      { type: "select", name: "rating", maxSelect: 1, values: ["excellent", "good", "complete", "incomplete"] },
      { type: "text", name: "decisionNo", max: 60 },
      { type: "date", name: "decisionDate" },
      { type: "text", name: "decisionSigner", max: 120 },
      // registration, filed by the cell
      { type: "text", name: "goals", max: 5000 },
      { type: "text", name: "commitments", max: 5000 },
      { type: "json", name: "emphasis", maxSize: 20000 },
      { type: "text", name: "contactName", max: 120 },
      { type: "text", name: "contactPhone", max: 20, pattern: "^$|^[0-9 +().-]{8,20}$" },
      // supervision, set by the committee
      { type: "relation", name: "supervisor", collectionId: users.id, maxSelect: 1 },
      { type: "relation", name: "inspectors", collectionId: users.id, maxSelect: 20 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_enrollments_cell_programme ON enrollments (cell, programme)",
      "CREATE UNIQUE INDEX idx_enrollments_cell_year ON enrollments (cell, year)",
      "CREATE INDEX idx_enrollments_path ON enrollments (path COLLATE NOCASE)",
      "CREATE INDEX idx_enrollments_programme_state ON enrollments (programme, state, cellType)",
      "CREATE INDEX idx_enrollments_awaiting ON enrollments (awaiting, stateChangedAt)",
      "CREATE INDEX idx_enrollments_state ON enrollments (state)",
      "CREATE INDEX idx_enrollments_supervisor ON enrollments (supervisor)",
    ],
  });
  app.save(enrollments);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("enrollments"));
});
