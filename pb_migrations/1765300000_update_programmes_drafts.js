/// <reference path="../pb_data/types.d.ts" />
// A draft programme (a copy for next year being written) is seen only by the committee that owns
// it: before, everyone in the owner's subtree read it, so pages that default to the newest
// programme (dashboard, exports, the inbox filter) jumped to an empty draft. Issued and closed
// programmes keep the old rule: the owner's subtree and the officers above it.
const DRAFT_OWN = ' && (status != "draft" || owner = @request.auth.unit)';

migrate((app) => {
  const c = app.findCollectionByNameOrId("programmes");
  c.listRule = c.listRule + DRAFT_OWN;
  c.viewRule = c.viewRule + DRAFT_OWN;
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("programmes");
  const strip = (rule) => (rule && rule.endsWith(DRAFT_OWN) ? rule.slice(0, -DRAFT_OWN.length) : rule);
  c.listRule = strip(c.listRule);
  c.viewRule = strip(c.viewRule);
  app.save(c);
});
