// The materialised path of the party tree: "/<rootId>/.../<ownId>/". Kept here so that every
// save of a unit (API, import, seed, superuser UI) computes it the same way.

/** Sets path and depth of a unit about to be saved, from its parent. */
function assignPath(app, unit) {
  if (!unit.id) {
    unit.set("id", $security.randomStringWithAlphabet(15, "abcdefghijklmnopqrstuvwxyz0123456789"));
  }
  const parentId = unit.getString("parent");
  if (parentId === unit.id) throw new BadRequestError("Đơn vị không thể là cấp trên của chính nó.");
  let parentPath = "/";
  let depth = 0;
  if (parentId) {
    const parent = app.findRecordById("units", parentId);
    parentPath = parent.getString("path");
    if (parentPath.indexOf("/" + unit.id + "/") >= 0) {
      throw new BadRequestError("Không thể chuyển đơn vị vào chính cây con của nó.");
    }
    depth = parent.getInt("depth") + 1;
  }
  unit.set("path", parentPath + unit.id + "/");
  unit.set("depth", depth);
}

/**
 * After a unit moved, rewrites the path prefix of its whole subtree and of the enrollments
 * copied from it, in the caller's transaction (two UPDATEs, no per-row round trips).
 */
function rewriteSubtree(app, oldPath, newPath, depthDelta) {
  if (!oldPath || oldPath === newPath) return;
  // Ids are [a-z0-9], so the old path needs no LIKE escaping.
  const params = { old: oldPath, new: newPath, delta: depthDelta };
  app.db().newQuery(
    "UPDATE units SET path = {:new} || substr(path, length({:old}) + 1), depth = depth + {:delta} " +
    "WHERE path LIKE {:old} || '%' AND path != {:new}"
  ).bind(params).execute();
  app.db().newQuery(
    "UPDATE enrollments SET path = {:new} || substr(path, length({:old}) + 1) WHERE path LIKE {:old} || '%'"
  ).bind(params).execute();
}

module.exports = { assignPath, rewriteSubtree };
