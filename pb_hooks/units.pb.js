/// <reference path="../pb_data/types.d.ts" />
// Keeps the party tree's materialised path right on every save, the structure in order (kinds
// run downhill), and the counters with it: the dashboard's (lib/stats.js) and the member totals
// (lib/member-counts.js). A move and the rewrites it causes (the subtree's paths, the counters)
// run in one transaction. Logic: lib/tree.js.

// Officers add and edit units through these routes (the records API stays superuser-only), so
// the scope rules sit in one place: lib/unit-admin.js. No record *request* hooks here on
// purpose: in a batch each would hold a JS VM across the nested requests that follow it.
routerAdd("POST", "/api/tree/units", (e) => {
  const out = require(`${__hooks}/lib/unit-admin.js`).create(e);
  return e.json(out.status, out.body);
});

routerAdd("PATCH", "/api/tree/units/{id}", (e) => {
  const out = require(`${__hooks}/lib/unit-admin.js`).update(e);
  return e.json(out.status, out.body);
});

onRecordCreate((e) => {
  const { assignPath } = require(`${__hooks}/lib/tree.js`);
  assignPath(e.app, e.record);
  // Counted from the member records only (lib/member-counts.js); a new unit has none yet.
  e.record.set("memberCount", 0);
  e.next();
}, "units");

onRecordUpdate((e) => {
  const tree = require(`${__hooks}/lib/tree.js`);
  tree.inTransaction(e, () => tree.saveUpdated(e));
}, "units");

onRecordDelete((e) => {
  e.next();
  // Its members leave the totals above it (a cell with members cannot be deleted: members.cell is required).
  const total = e.record.getInt("memberCount");
  if (total) require(`${__hooks}/lib/member-counts.js`).unitMoved(e.app, e.record.id, e.record.getString("path"), "/", total);
}, "units");
