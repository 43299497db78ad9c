/// <reference path="../pb_data/types.d.ts" />
// Keeps the party tree's materialised path right on every save, and the dashboard counters
// with it. Logic: lib/tree.js, lib/stats.js.

onRecordCreate((e) => {
  const { assignPath } = require(`${__hooks}/lib/tree.js`);
  assignPath(e.app, e.record);
  e.next();
}, "units");

onRecordUpdate((e) => {
  const { assignPath, rewriteSubtree } = require(`${__hooks}/lib/tree.js`);
  const stats = require(`${__hooks}/lib/stats.js`);
  const before = e.record.original();
  const moved = before.getString("parent") !== e.record.getString("parent");
  const oldPath = before.getString("path");
  const oldDepth = before.getInt("depth");
  if (moved) assignPath(e.app, e.record);
  e.next();
  if (moved) {
    rewriteSubtree(e.app, oldPath, e.record.getString("path"), e.record.getInt("depth") - oldDepth);
    stats.moveSubtree(e.app, e.record.id, oldPath, e.record.getString("path"));
  }
  // A cell that becomes (or stops being) a chi bộ cơ sở changes the grassroots counters above it.
  if (e.record.getString("kind") === "cell" && e.record.getBool("isGrassroots") !== before.getBool("isGrassroots")) {
    stats.flipGrassroots(e.app, e.record);
  }
}, "units");
