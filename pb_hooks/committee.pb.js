/// <reference path="../pb_data/types.d.ts" />
// Committee views computed by the server: the pilot quota remaining for a selection decision,
// and the decisions awaiting the caller's committee (lib/inbox.js says why that is a route).
// Logic: lib/quota.js (which reuses the lifecycle service's reading of the enrollment).

routerAdd("GET", "/api/enrollments/{id}/quota", (e) => {
  const { quotaOf } = require(`${__hooks}/lib/quota.js`);
  const out = quotaOf(e);
  return e.json(out.status, out.body);
});

// The decisions awaiting the caller's own committee (the inbox and the officer's home).
routerAdd("GET", "/api/committee/awaiting", (e) => {
  const { awaitingFor } = require(`${__hooks}/lib/inbox.js`);
  const out = awaitingFor(e);
  return e.json(out.status, out.body);
});
