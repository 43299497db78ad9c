/// <reference path="../pb_data/types.d.ts" />
// unit_rows: the targets dashboard's table of child units, one narrow row per unit_stats row with
// the child's name and kind, and only the counters the table shows (src/lib/server/dashboard.ts).
// A district has a few hundred children: reading their unit_stats rows loaded 45 columns each
// and expanded every row's unit (PocketBase's `fields=` trims the answer only after loading, and
// costs time of its own). A view is read like a table: SQLite serves `parent = …` from
// idx_unit_stats_parent_year. Who reads it: exactly who reads unit_stats (the same rule).
migrate((app) => {
  const stats = app.findCollectionByNameOrId("unit_stats");
  const pilot = ["planning", "plan_review", "pilot", "review", "evaluation", "classification"].map((s) => `s.state_${s} AS state_${s}`);
  const view = new Collection({
    type: "view",
    name: "unit_rows",
    listRule: stats.listRule,
    viewRule: stats.viewRule,
    viewQuery:
      "SELECT s.id AS id, s.unit AS unit, s.parent AS parent, s.year AS year, u.name AS name, u.kind AS kind, " +
      "s.cells AS cells, s.cellsGrassroots AS cellsGrassroots, s.enrolled AS enrolled, s.goodOrBetter AS goodOrBetter, " +
      "s.recognized AS recognized, s.recognizedGrassroots AS recognizedGrassroots, " + pilot.join(", ") + " " +
      "FROM unit_stats s JOIN units u ON u.id = s.unit",
  });
  app.save(view);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("unit_rows"));
});
