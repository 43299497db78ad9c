/// <reference path="../pb_data/types.d.ts" />
// Who sees which units: everything in one's own subtree, plus one's own ancestors (for
// breadcrumbs and approval chains). The tree is edited by superusers and by the import for now.
migrate((app) => {
  const units = app.findCollectionByNameOrId("units");
  units.listRule = '@request.auth.id != "" && @request.auth.unit != "" && (path ~ @request.auth.unit.path || @request.auth.unit.path ~ id)';
  units.viewRule = units.listRule;
  units.createRule = null;
  units.updateRule = null;
  units.deleteRule = null;
  app.save(units);
}, (app) => {
  const units = app.findCollectionByNameOrId("units");
  units.listRule = null;
  units.viewRule = null;
  app.save(units);
});
