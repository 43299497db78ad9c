/// <reference path="../pb_data/types.d.ts" />
// Counters per unit and programme year about the enrollments of its subtree, and (in the row of
// year 0) the subtree's cell totals, kept by pb_hooks/stats.pb.js as records change. Dashboards
// read these rows instead of counting the country's records on every page view. Column names
// come from src/lib/domain/unit-stats.ts. Existing data is counted once here.
migrate((app) => {
  const { STATS_COLUMNS, TREE_COLUMNS } = require(`${__hooks}/lib/generated/domain.cjs`);
  const units = app.findCollectionByNameOrId("units");

  const read = '@request.auth.id != "" && @request.auth.unit != "" && (unit.path ~ @request.auth.unit.path || @request.auth.unit.path ~ unit.id)';
  app.save(new Collection({
    type: "base",
    name: "unit_stats",
    listRule: read, viewRule: read, createRule: null, updateRule: null, deleteRule: null,
    fields: [
      { type: "relation", name: "unit", required: true, collectionId: units.id, maxSelect: 1, cascadeDelete: true },
      // The unit's parent, copied so that "a unit and its children" is one indexed filter with no join.
      { type: "relation", name: "parent", collectionId: units.id, maxSelect: 1 },
      { type: "number", name: "year", required: true, onlyInt: true },
    ].concat(TREE_COLUMNS.concat(STATS_COLUMNS).map((name) => ({ type: "number", name, onlyInt: true }))),
    indexes: [
      "CREATE UNIQUE INDEX idx_unit_stats_unit_year ON unit_stats (unit, year)",
      "CREATE INDEX idx_unit_stats_parent_year ON unit_stats (parent, year)",
    ],
  }));

  // Backfill what already exists, through the same functions the hooks use.
  const stats = require(`${__hooks}/lib/stats.js`);
  app.findRecordsByFilter("units", "kind = 'cell'", "", 0, 0).forEach((c) => {
    stats.countCell(app, c.getString("path"), 1, c.getBool("isGrassroots") ? 1 : 0);
  });
  app.findAllRecords("enrollments").forEach((e) => stats.applyDelta(app, e, null, stats.bucketOf(app, e)));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("unit_stats"));
});
