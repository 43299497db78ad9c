/// <reference path="../pb_data/types.d.ts" />
// Keeps the party tree's materialised path right on every save, the structure in order (kinds
// run downhill), and the counters with it: the dashboard's (lib/stats.js) and the member totals
// (lib/member-counts.js). Requests from the API run in one transaction each, so a move and the
// rewrite of its subtree land together. Logic: lib/tree.js.

onRecordCreateRequest((e) => {
  const tree = require(`${__hooks}/lib/tree.js`);
  tree.checkOfficerRequest(e);
  tree.inTransaction(e);
}, "units");

onRecordUpdateRequest((e) => {
  const tree = require(`${__hooks}/lib/tree.js`);
  tree.checkOfficerRequest(e);
  tree.inTransaction(e);
}, "units");

onRecordDeleteRequest((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e);
}, "units");

onRecordCreate((e) => {
  const { assignPath } = require(`${__hooks}/lib/tree.js`);
  assignPath(e.app, e.record);
  // Counted from the member records only (lib/member-counts.js); a new unit has none yet.
  e.record.set("memberCount", 0);
  e.next();
}, "units");

onRecordUpdate((e) => {
  const tree = require(`${__hooks}/lib/tree.js`);
  const stats = require(`${__hooks}/lib/stats.js`);
  const counts = require(`${__hooks}/lib/member-counts.js`);
  const before = e.record.original();
  // What the database holds now, not what was loaded: within an import's transaction the record
  // may predate a move of its parent or new members, and saving it must not write those back.
  const stored = tree.storedRow(e.app, e.record.id) || {
    path: before.getString("path"), depth: before.getInt("depth"), parent: before.getString("parent"), memberCount: before.getInt("memberCount"),
  };
  const moved = stored.parent !== e.record.getString("parent");
  const kindChanged = before.getString("kind") !== e.record.getString("kind");
  e.record.set("memberCount", stored.memberCount);
  if (moved || kindChanged) {
    tree.assignPath(e.app, e.record);
    if (kindChanged) tree.checkChildren(e.app, e.record);
  } else {
    e.record.set("path", stored.path);
    e.record.set("depth", stored.depth);
  }
  e.next();
  if (moved) {
    const newPath = e.record.getString("path");
    tree.rewriteSubtree(e.app, stored.path, newPath, e.record.getInt("depth") - stored.depth);
    stats.moveSubtree(e.app, e.record.id, stored.path, newPath);
    counts.unitMoved(e.app, e.record.id, stored.path, newPath, stored.memberCount);
  }
  // A cell that becomes (or stops being) a chi bộ cơ sở changes the grassroots counters above it.
  if (e.record.getString("kind") === "cell" && e.record.getBool("isGrassroots") !== before.getBool("isGrassroots")) {
    stats.flipGrassroots(e.app, e.record);
  }
}, "units");

onRecordDelete((e) => {
  e.next();
  // Its members leave the totals above it (a cell with members cannot be deleted: members.cell is required).
  const total = e.record.getInt("memberCount");
  if (total) require(`${__hooks}/lib/member-counts.js`).unitMoved(e.app, e.record.id, e.record.getString("path"), "/", total);
}, "units");
