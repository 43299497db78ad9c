/// <reference path="../pb_data/types.d.ts" />
// The lifecycle API (contract: docs/domain.md §5). Logic: lib/lifecycle-service.js,
// which runs the statechart bundled from src/lib/domain (lib/generated/domain.cjs).

routerAdd("GET", "/api/enrollments/{id}/events", (e) => {
  const { listEvents } = require(`${__hooks}/lib/lifecycle-service.js`);
  const out = listEvents(e);
  return e.json(out.status, out.body);
});

routerAdd("POST", "/api/enrollments/{id}/events", (e) => {
  const { sendEvent } = require(`${__hooks}/lib/lifecycle-service.js`);
  const out = sendEvent(e);
  return out.record ? e.json(200, out.record) : e.json(out.status, out.body);
});

// The chart's definition as the server runs it: tests compare it with the UI's import.
routerAdd("GET", "/api/lifecycle/definition", (e) => {
  if (!e.auth) return e.json(401, { status: 401, message: "Vui lòng đăng nhập.", data: {} });
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  return e.json(200, domain.machineDefinition());
});
