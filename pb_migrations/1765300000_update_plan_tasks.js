/// <reference path="../pb_data/types.d.ts" />
// Plan tasks are written only inside a batch (the plan page saves the plan and its tasks in one,
// src/lib/server/cell/plan.ts). The batch's bodies are type-checked before PocketBase casts them
// (onBatchRequest in pb_hooks/plans.pb.js); a single records-API write would not be, and a JS
// request hook per task would hold one JS VM per task for the whole batch (see lib/input.js
// checkBatch). So a create or update outside a batch is refused by the rule itself: a forged
// `order: "x"` can no longer be stored as 0. Deletes stay open to single requests (no body).
const BATCH_ONLY = ' && @request.context = "batch"';

migrate((app) => {
  const c = app.findCollectionByNameOrId("plan_tasks");
  c.createRule = c.createRule + BATCH_ONLY;
  c.updateRule = c.updateRule + BATCH_ONLY;
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("plan_tasks");
  c.createRule = c.createRule.replace(BATCH_ONLY, "");
  c.updateRule = c.updateRule.replace(BATCH_ONLY, "");
  app.save(c);
});
