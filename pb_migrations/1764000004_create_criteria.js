/// <reference path="../pb_data/types.d.ts" />
// The criteria framework of a programme: common criteria (cellTypes empty) plus per-type ones,
// each in a group (the "4 tốt" groups 1–4) with a maximum score.
migrate((app) => {
  const programmes = app.findCollectionByNameOrId("programmes");
  const read = '@request.auth.id != "" && @request.auth.unit != "" && (@request.auth.unit.path ~ programme.owner.id || programme.owner.path ~ @request.auth.unit.path)';
  const write = '@request.auth.role = "officer" && @request.auth.unit != "" && programme.owner.path ~ @request.auth.unit.path';
  const criteria = new Collection({
    type: "base",
    name: "criteria",
    listRule: read,
    viewRule: read,
    createRule: write,
    updateRule: write + " && @request.body.programme:isset = false",
    deleteRule: write,
    fields: [
      { type: "relation", name: "programme", required: true, collectionId: programmes.id, maxSelect: 1, cascadeDelete: true },
      { type: "text", name: "code", required: true, max: 20, pattern: "^[A-Za-z0-9._-]+$" },
      { type: "text", name: "title", required: true, max: 500 },
      { type: "number", name: "group", required: true, onlyInt: true, min: 1, max: 9 },
      { type: "number", name: "maxScore", required: true, min: 0.5, max: 100 },
      { type: "select", name: "cellTypes", maxSelect: 5,
        values: ["residential", "administrative", "public_service", "armed_forces", "enterprise"] },
      { type: "text", name: "guidance", max: 2000 },
      { type: "number", name: "order", onlyInt: true, min: 0 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_criteria_programme_code ON criteria (programme, code)",
    ],
  });
  app.save(criteria);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("criteria"));
});
