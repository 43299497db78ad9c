/// <reference path="../pb_data/types.d.ts" />
// A programme (Đề án / mô hình) issued by a committee for a year. Its yearly rules (approval
// chains, quotas, thresholds, caps, deadlines, targets) live in `config`, parsed and defaulted by
// src/lib/domain/programme-config.ts, so a rule change is data, not code.
migrate((app) => {
  const units = app.findCollectionByNameOrId("units");
  // Visible to everyone inside the owner's subtree, and to officers above it.
  const read = '@request.auth.id != "" && @request.auth.unit != "" && (@request.auth.unit.path ~ owner.id || owner.path ~ @request.auth.unit.path)';
  const write = '@request.auth.role = "officer" && @request.auth.unit != "" && owner.path ~ @request.auth.unit.path';
  const programmes = new Collection({
    type: "base",
    name: "programmes",
    listRule: read,
    viewRule: read,
    createRule: write,
    updateRule: write + " && @request.body.owner:isset = false",
    deleteRule: null,
    fields: [
      { type: "text", name: "name", required: true, max: 200 },
      { type: "number", name: "year", required: true, onlyInt: true, min: 2000, max: 2100 },
      { type: "relation", name: "owner", required: true, collectionId: units.id, maxSelect: 1 },
      { type: "text", name: "description", max: 5000 },
      { type: "select", name: "status", maxSelect: 1, values: ["draft", "active", "closed"] },
      { type: "json", name: "config", maxSize: 200000 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE INDEX idx_programmes_owner ON programmes (owner)",
      "CREATE INDEX idx_programmes_year ON programmes (year)",
    ],
  });
  app.save(programmes);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("programmes"));
});
