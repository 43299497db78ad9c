/// <reference path="../pb_data/types.d.ts" />
// Account administration for officers, inside their own subtree. The plain users API stays
// closed for this (createRule null, updateRule self-only): these routes are the one way in, so
// the scope rules live in one place. Logic: lib/user-admin.js.

routerAdd("GET", "/api/accounts", (e) => {
  const out = require(`${__hooks}/lib/user-admin.js`).list(e);
  return e.json(out.status, out.body);
});

routerAdd("POST", "/api/accounts", (e) => {
  const out = require(`${__hooks}/lib/user-admin.js`).create(e);
  return e.json(out.status, out.body);
});

routerAdd("GET", "/api/accounts/{id}", (e) => {
  const out = require(`${__hooks}/lib/user-admin.js`).one(e);
  return e.json(out.status, out.body);
});

routerAdd("PATCH", "/api/accounts/{id}", (e) => {
  const out = require(`${__hooks}/lib/user-admin.js`).update(e);
  return e.json(out.status, out.body);
});

// Locking an account revokes its sessions, whichever way it is locked (the accounts route, a
// superuser's records API PATCH, a script): a new token key invalidates every token issued before.
onRecordUpdate((e) => {
  if (e.record.getBool("disabled") && !e.record.original().getBool("disabled")) e.record.refreshTokenKey();
  e.next();
}, "users");
