/// <reference path="../pb_data/types.d.ts" />
// Counters per unit and programme year about the enrollments of its subtree, and (in the row of
// year 0) the subtree's cell totals, kept by pb_hooks/stats.pb.js as records change. Dashboards
// read these rows instead of counting the country's records on every page view. Column names
// come from src/lib/domain/unit-stats.ts as it was when this migration was written; they are
// written out here, not required from live code, so that replaying the migration later gives the
// same collection (columns added since come in their own migrations).
// Nothing is backfilled: when this first ran (22/11/2026) the only databases were demo ones, and a
// replay runs on an empty database; the hooks count every record from the first one on.
const COLUMNS = [
  "cells", "cellsGrassroots", "enrolled", "enrolledGrassroots", "rated", "goodOrBetter", "excellent", "recognized", "recognizedGrassroots",
  "state_draft", "state_selection", "state_planning", "state_plan_review", "state_pilot", "state_review", "state_evaluation",
  "state_classification", "state_recognition", "state_recognized", "state_not_recognized", "state_rejected", "state_withdrawn",
  "type_residential", "type_administrative", "type_public_service", "type_armed_forces", "type_enterprise",
];

migrate((app) => {
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
    ].concat(COLUMNS.map((name) => ({ type: "number", name, onlyInt: true }))),
    indexes: [
      "CREATE UNIQUE INDEX idx_unit_stats_unit_year ON unit_stats (unit, year)",
      "CREATE INDEX idx_unit_stats_parent_year ON unit_stats (parent, year)",
    ],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("unit_stats"));
});
