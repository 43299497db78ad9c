/// <reference path="../pb_data/types.d.ts" />
// The party tree: any depth, each node with a kind. `path` is the materialised chain of ids
// (/root/.../self/) kept by pb_hooks/units.pb.js, so "my subtree" is one LIKE filter.
// API rules are set in 1764000002 once users.unit exists to refer to.
migrate((app) => {
  const units = new Collection({
    type: "base",
    name: "units",
    fields: [
      { type: "text", name: "name", required: true, max: 200 },
      { type: "select", name: "kind", required: true, maxSelect: 1,
        values: ["province", "district", "grassroots", "subcommittee", "cell"] },
      { type: "text", name: "path", max: 400 },
      { type: "number", name: "depth", onlyInt: true, min: 0 },
      { type: "text", name: "code", max: 64 },
      { type: "select", name: "cellType", maxSelect: 1,
        values: ["residential", "administrative", "public_service", "armed_forces", "enterprise"] },
      { type: "bool", name: "isGrassroots" },
      { type: "number", name: "memberCount", onlyInt: true, min: 0 },
      { type: "autodate", name: "created", onCreate: true },
      { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
    ],
  });
  app.save(units);
  // Self-relation: needs the collection's own id, so it is added after the first save.
  units.fields.add(new RelationField({
    name: "parent", collectionId: units.id, maxSelect: 1, cascadeDelete: false,
  }));
  units.indexes = [
    "CREATE INDEX idx_units_path ON units (path COLLATE NOCASE)",
    "CREATE INDEX idx_units_parent ON units (parent)",
    "CREATE INDEX idx_units_kind ON units (kind)",
    "CREATE UNIQUE INDEX idx_units_code ON units (code) WHERE code != ''",
  ];
  app.save(units);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("units"));
});
