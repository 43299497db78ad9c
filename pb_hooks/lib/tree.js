// The materialised path of the party tree: "/<rootId>/.../<ownId>/". Kept here so that every
// save of a unit (API, import, seed, superuser UI) computes it the same way, and checks the
// same structure (the kinds run downhill: src/lib/domain/tree-admin.ts).

/** The unit's row as the database holds it now (a record loaded earlier in a transaction may be stale). */
function storedRow(app, id) {
  const row = new DynamicModel({ path: "", depth: 0, parent: "", memberCount: 0, kind: "" });
  try {
    app.db().newQuery("SELECT COALESCE(path, '') AS path, COALESCE(depth, 0) AS depth, COALESCE(parent, '') AS parent, COALESCE(memberCount, 0) AS memberCount, kind FROM units WHERE id = {:id}").bind({ id }).one(row);
  } catch (_) {
    return null;
  }
  return { path: row.path || "", depth: row.depth || 0, parent: row.parent || "", memberCount: row.memberCount || 0, kind: row.kind || "" };
}

/** Sets path and depth of a unit about to be saved, from its parent; refuses a parent of a wrong kind. Returns the parent or null. */
function assignPath(app, unit) {
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  if (!unit.id) {
    unit.set("id", $security.randomStringWithAlphabet(15, "abcdefghijklmnopqrstuvwxyz0123456789"));
  }
  const parentId = unit.getString("parent");
  if (parentId === unit.id) throw new BadRequestError("Đơn vị không thể là cấp trên của chính nó.");
  let parentPath = "/";
  let depth = 0;
  let parent = null;
  if (parentId) {
    parent = app.findRecordById("units", parentId);
    parentPath = parent.getString("path");
    if (parentPath.indexOf("/" + unit.id + "/") >= 0) {
      throw new BadRequestError("Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó.");
    }
    depth = parent.getInt("depth") + 1;
  }
  const wrong = domain.placementError(unit.getString("kind"), parent ? parent.getString("kind") : null);
  if (wrong) throw badField(parent && parent.getString("kind") === "cell" ? "parent" : "kind", wrong);
  unit.set("path", parentPath + unit.id + "/");
  unit.set("pathEnd", pathEnd(parentPath + unit.id + "/"));
  unit.set("depth", depth);
  return parent;
}

/**
 * The first string after every path of the subtree: the path with its final "/" replaced by "0",
 * the next character. A path lies in the subtree of `path` exactly when path <= it < pathEnd, a
 * range an index can serve (the API rules' scope: pb_migrations/1765310000_update_scope_prefix.js).
 */
function pathEnd(path) {
  return path ? path.slice(0, -1) + "0" : "";
}

/** A changed kind must still sit above every child. */
function checkChildren(app, unit) {
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  const rows = arrayOf(new DynamicModel({ kind: "" }));
  app.db().newQuery("SELECT DISTINCT kind FROM units WHERE parent = {:id}").bind({ id: unit.id }).all(rows);
  rows.forEach((r) => {
    const wrong = domain.placementError(r.kind, unit.getString("kind"));
    if (wrong) throw badField("kind", wrong);
  });
}

/** A 400 with the message beside one field, as PocketBase's own validation errors come. */
function badField(field, message) {
  const data = {};
  data[field] = new ValidationError("validation_tree", message);
  return new BadRequestError(message, data);
}

/**
 * After a unit moved, rewrites the path prefix of its whole subtree and of the enrollments
 * copied from it, in the caller's transaction (two UPDATEs, no per-row round trips).
 */
function rewriteSubtree(app, oldPath, newPath, depthDelta) {
  if (!oldPath || oldPath === newPath) return;
  // Ids are [a-z0-9], so the old path needs no LIKE escaping.
  const params = { old: oldPath, oldEnd: pathEnd(oldPath), new: newPath, delta: depthDelta };
  const moved = "{:new} || substr(path, length({:old}) + 1)";
  app.db().newQuery(
    "UPDATE units SET path = " + moved + ", pathEnd = substr(" + moved + ", 1, length(" + moved + ") - 1) || '0', depth = depth + {:delta} " +
    "WHERE path LIKE {:old} || '%' AND path != {:new}"
  ).bind(params).execute();
  app.db().newQuery(
    "UPDATE enrollments SET path = " + moved + " WHERE path >= {:old} AND path < {:oldEnd}"
  ).bind(params).execute();
}

/**
 * Runs `fn` (which calls e.next()) in one transaction, the event's app switched to it, so the
 * record and everything its hooks write land together; inside an open transaction (a batch, an
 * import) it simply joins it.
 */
function inTransaction(e, fn) {
  const outer = e.app;
  try {
    outer.runInTransaction((txApp) => {
      e.app = txApp;
      fn();
    });
  } finally {
    e.app = outer;
  }
}

/** The body of the units update hook: path, structure and counters of a saved unit. */
function saveUpdated(e) {
  const stats = require(`${__hooks}/lib/stats.js`);
  const counts = require(`${__hooks}/lib/member-counts.js`);
  const before = e.record.original();
  // What the database holds now, not what was loaded: within an import's transaction the record
  // may predate a move of its parent or new members, and saving it must not write those back.
  const stored = storedRow(e.app, e.record.id) || {
    path: before.getString("path"), depth: before.getInt("depth"), parent: before.getString("parent"), memberCount: before.getInt("memberCount"),
  };
  const moved = stored.parent !== e.record.getString("parent");
  const kindChanged = before.getString("kind") !== e.record.getString("kind");
  e.record.set("memberCount", stored.memberCount);
  if (moved || kindChanged) {
    assignPath(e.app, e.record);
    if (kindChanged) checkChildren(e.app, e.record);
  } else {
    e.record.set("path", stored.path);
    e.record.set("pathEnd", pathEnd(stored.path));
    e.record.set("depth", stored.depth);
  }
  e.next();
  // The enrollments' copy of a cell's name (their lists sort by it).
  if (e.record.getString("kind") === "cell" && e.record.getString("name") !== before.getString("name")) {
    e.app.db().newQuery("UPDATE enrollments SET cellName = {:name} WHERE cell = {:id}")
      .bind({ name: e.record.getString("name"), id: e.record.id }).execute();
  }
  if (moved) {
    const newPath = e.record.getString("path");
    rewriteSubtree(e.app, stored.path, newPath, e.record.getInt("depth") - stored.depth);
    stats.moveSubtree(e.app, e.record.id, stored.path, newPath);
    counts.unitMoved(e.app, e.record.id, stored.path, newPath, stored.memberCount);
  }
  // A cell that becomes (or stops being) a chi bộ cơ sở changes the grassroots counters above it.
  if (e.record.getString("kind") === "cell" && e.record.getBool("isGrassroots") !== before.getBool("isGrassroots")) {
    stats.flipGrassroots(e.app, e.record);
  }
}

module.exports = { pathEnd, assignPath, checkChildren, rewriteSubtree, storedRow, badField, inTransaction, saveUpdated };
