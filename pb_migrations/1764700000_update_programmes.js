/// <reference path="../pb_data/types.d.ts" />
// Programmes are written only by officers of the owning committee (before: any officer above it
// too), and a created one starts as a draft. Reading is unchanged: the owner's subtree and the
// officers above it. The checks a rule cannot express (valid rules, one programme per owner and
// year, draft → active → closed, the framework summing to 100 before activation) are in
// pb_hooks/programmes.pb.js. Index on (owner, year) for the duplicate-year check.
const OWN = '@request.auth.role = "officer" && @request.auth.unit != "" && owner = @request.auth.unit';
const OLD_WRITE = '@request.auth.role = "officer" && @request.auth.unit != "" && owner.path ~ @request.auth.unit.path';

migrate((app) => {
  const c = app.findCollectionByNameOrId("programmes");
  c.createRule = OWN + ' && (@request.body.status:isset = false || @request.body.status = "draft")';
  c.updateRule = OWN + " && @request.body.owner:isset = false";
  c.indexes = c.indexes.concat(["CREATE INDEX idx_programmes_owner_year ON programmes (owner, year)"]);
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("programmes");
  c.createRule = OLD_WRITE;
  c.updateRule = OLD_WRITE + " && @request.body.owner:isset = false";
  c.indexes = c.indexes.filter((i) => i.indexOf("idx_programmes_owner_year") < 0);
  app.save(c);
});
