/// <reference path="../pb_data/types.d.ts" />
// Imports of units, cells and members from a spreadsheet (pb_hooks/import.pb.js). The dry run
// stores the checked writes of a file without errors as `import_chunks`, one per transaction of
// the apply, so that the apply writes exactly what the officer saw in the report, in order, and
// the browser can show its progress. `imports` keeps who imported what and how far it got.
// Both are written by the hook routes only; an officer may read their own imports.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  const units = app.findCollectionByNameOrId("units");
  const imports = new Collection({
    type: "base",
    name: "imports",
    listRule: '@request.auth.id != "" && owner = @request.auth.id',
    viewRule: '@request.auth.id != "" && owner = @request.auth.id',
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      { type: "relation", name: "owner", required: true, collectionId: users.id, maxSelect: 1, cascadeDelete: true },
      // The officer's unit at the time; not required, so deleting a unit is never blocked by its history.
      { type: "relation", name: "unit", collectionId: units.id, maxSelect: 1 },
      { type: "text", name: "fileName", max: 300 },
      { type: "select", name: "status", required: true, maxSelect: 1, values: ["ready", "done", "failed"] },
      // Rows to write, rows written, chunks in all and chunks written.
      { type: "number", name: "total", onlyInt: true, min: 0 },
      { type: "number", name: "written", onlyInt: true, min: 0 },
      { type: "number", name: "chunks", onlyInt: true, min: 0 },
      { type: "number", name: "applied", onlyInt: true, min: 0 },
      // {create, update, unchanged} of the dry run.
      { type: "json", name: "counts", maxSize: 2000 },
      { type: "text", name: "error", max: 2000 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE INDEX idx_imports_owner ON imports (owner, created)",
      "CREATE INDEX idx_imports_created ON imports (created)",
    ],
  });
  app.save(imports);

  app.save(new Collection({
    type: "base",
    name: "import_chunks",
    listRule: null, viewRule: null, createRule: null, updateRule: null, deleteRule: null,
    fields: [
      { type: "relation", name: "import", required: true, collectionId: imports.id, maxSelect: 1, cascadeDelete: true },
      { type: "number", name: "seq", onlyInt: true, min: 0 },
      // The planned writes (src/lib/domain/import/plan.ts ImportOp[]), parents first.
      { type: "json", name: "ops", maxSize: 8 * 1024 * 1024 },
    ],
    indexes: ["CREATE UNIQUE INDEX idx_import_chunks_seq ON import_chunks (import, seq)"],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("import_chunks"));
  app.delete(app.findCollectionByNameOrId("imports"));
});
