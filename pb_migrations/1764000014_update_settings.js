/// <reference path="../pb_data/types.d.ts" />
// Server settings that are part of the product, not of one installation:
// - the rate limiter is on (it ships off); login attempts are limited per client address;
// - the client address comes from X-Forwarded-For, which the SvelteKit server sets to the
//   browser's address (PocketBase listens on loopback only, so nobody else can set it);
// - the batch API is on, for bulk decisions and imports.
migrate((app) => {
  const s = app.settings();
  s.meta.appName = "Kiểu Mẫu";
  s.trustedProxy.headers = ["X-Forwarded-For"];
  s.trustedProxy.useLeftmostIP = false;
  s.rateLimits.enabled = true;
  s.rateLimits.rules = [
    { label: "*:auth", audience: "", maxRequests: 5, duration: 30 },
    { label: "*:create", audience: "", maxRequests: 60, duration: 10 },
    { label: "/api/batch", audience: "", maxRequests: 5, duration: 1 },
    { label: "/api/", audience: "", maxRequests: 600, duration: 10 },
  ];
  s.batch.enabled = true;
  s.batch.maxRequests = 200;
  s.batch.timeout = 10;
  app.save(s);
}, (app) => {
  const s = app.settings();
  s.meta.appName = "Acme";
  s.trustedProxy.headers = [];
  s.rateLimits.enabled = false;
  s.rateLimits.rules = [
    { label: "*:auth", audience: "", maxRequests: 2, duration: 3 },
    { label: "*:create", audience: "", maxRequests: 20, duration: 5 },
    { label: "/api/batch", audience: "", maxRequests: 3, duration: 1 },
    { label: "/api/", audience: "", maxRequests: 300, duration: 10 },
  ];
  s.batch.enabled = false;
  s.batch.maxRequests = 50;
  s.batch.timeout = 3;
  app.save(s);
});
