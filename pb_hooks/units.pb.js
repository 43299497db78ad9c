/// <reference path="../pb_data/types.d.ts" />
// Keeps the party tree's materialised path right on every save. Logic: lib/tree.js.

onRecordCreate((e) => {
  const { assignPath } = require(`${__hooks}/lib/tree.js`);
  assignPath(e.app, e.record);
  e.next();
}, "units");

onRecordUpdate((e) => {
  const { assignPath, rewriteSubtree } = require(`${__hooks}/lib/tree.js`);
  const before = e.record.original();
  if (before.getString("parent") === e.record.getString("parent")) {
    e.next();
    return;
  }
  const oldPath = before.getString("path");
  const oldDepth = before.getInt("depth");
  assignPath(e.app, e.record);
  e.next();
  rewriteSubtree(e.app, oldPath, e.record.getString("path"), e.record.getInt("depth") - oldDepth);
}, "units");
