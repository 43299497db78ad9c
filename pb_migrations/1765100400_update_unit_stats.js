/// <reference path="../pb_data/types.d.ts" />
// unit_stats: a unit's counters are read by the people of that unit or of a committee above it,
// never by those below. The dashboard, its export and the units list refuse a unit outside
// one's own subtree (src/lib/server/dashboard.ts, xlsx/units.ts); the rule now says the same,
// where it used to let anyone read every ancestor's counters too (a secretary read the whole
// province's figures). A secretary's subtree is the cell itself.
migrate((app) => {
  const c = app.findCollectionByNameOrId("unit_stats");
  const read = '@request.auth.id != "" && @request.auth.unit != "" && unit.path ~ @request.auth.unit.path';
  c.listRule = read;
  c.viewRule = read;
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("unit_stats");
  const read = '@request.auth.id != "" && @request.auth.unit != "" && (unit.path ~ @request.auth.unit.path || @request.auth.unit.path ~ unit.id)';
  c.listRule = read;
  c.viewRule = read;
  app.save(c);
});
