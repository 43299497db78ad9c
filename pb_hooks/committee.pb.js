/// <reference path="../pb_data/types.d.ts" />
// Committee views computed by the server: the pilot quota remaining for a selection decision.
// Logic: lib/quota.js (which reuses the lifecycle service's reading of the enrollment).

routerAdd("GET", "/api/enrollments/{id}/quota", (e) => {
  const { quotaOf } = require(`${__hooks}/lib/quota.js`);
  const out = quotaOf(e);
  return e.json(out.status, out.body);
});
