/// <reference path="../pb_data/types.d.ts" />
// The cell's member list kept in its workspace (imported from the party-member database or typed
// in): plan tasks are assigned to these members, meetings record who was absent.
migrate((app) => {
  const units = app.findCollectionByNameOrId("units");
  const read = '@request.auth.id != "" && @request.auth.unit != "" && ((@request.auth.role = "secretary" && cell = @request.auth.unit) || ((@request.auth.role = "officer" || @request.auth.role = "viewer") && cell.path ~ @request.auth.unit.path))';
  const write = '@request.auth.unit != "" && ((@request.auth.role = "secretary" && cell = @request.auth.unit) || (@request.auth.role = "officer" && cell.path ~ @request.auth.unit.path))';
  const members = new Collection({
    type: "base",
    name: "members",
    listRule: read,
    viewRule: read,
    createRule: write,
    updateRule: write + " && @request.body.cell:isset = false",
    deleteRule: write,
    fields: [
      { type: "relation", name: "cell", required: true, collectionId: units.id, maxSelect: 1 },
      { type: "text", name: "name", required: true, max: 120 },
      { type: "select", name: "position", maxSelect: 1, values: ["secretary", "deputy", "committee", "member"] },
      { type: "number", name: "birthYear", onlyInt: true, min: 1900, max: 2100 },
      { type: "text", name: "code", max: 32 },
      { type: "bool", name: "active" },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE INDEX idx_members_cell ON members (cell)",
      "CREATE UNIQUE INDEX idx_members_cell_code ON members (cell, code) WHERE code != ''",
    ],
  });
  app.save(members);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("members"));
});
