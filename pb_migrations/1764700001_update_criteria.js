/// <reference path="../pb_data/types.d.ts" />
// The criteria framework is saved as a whole through PUT /api/programmes/{id}/framework
// (pb_hooks/programmes.pb.js), which checks that every cell type still sums to 100 and writes
// all rows in one transaction. Single-record writes could leave an active programme's framework
// at 98 points between two edits, so the records API is closed to everyone but superusers.
const WRITE = '@request.auth.role = "officer" && @request.auth.unit != "" && programme.owner.path ~ @request.auth.unit.path';

migrate((app) => {
  const c = app.findCollectionByNameOrId("criteria");
  c.createRule = null;
  c.updateRule = null;
  c.deleteRule = null;
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("criteria");
  c.createRule = WRITE;
  c.updateRule = WRITE + " && @request.body.programme:isset = false";
  c.deleteRule = WRITE;
  app.save(c);
});
