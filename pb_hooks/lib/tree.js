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
  unit.set("depth", depth);
  return parent;
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
  const params = { old: oldPath, new: newPath, delta: depthDelta };
  app.db().newQuery(
    "UPDATE units SET path = {:new} || substr(path, length({:old}) + 1), depth = depth + {:delta} " +
    "WHERE path LIKE {:old} || '%' AND path != {:new}"
  ).bind(params).execute();
  app.db().newQuery(
    "UPDATE enrollments SET path = {:new} || substr(path, length({:old}) + 1) WHERE path LIKE {:old} || '%'"
  ).bind(params).execute();
}

/** Runs a record request in one transaction, so the record and everything its hooks write land together. */
function inTransaction(e) {
  const outer = e.app;
  try {
    outer.runInTransaction((txApp) => {
      e.app = txApp;
      e.next();
    });
  } finally {
    e.app = outer;
  }
}


/**
 * What an officer's request to create or change a unit must satisfy beyond the API rules (which
 * already keep both ends inside the officer's subtree): the cell fields fit, the kind stays, a
 * move goes neither under the unit itself nor out of order. Superusers (setup, repairs) skip it;
 * the kind order is checked for everyone by assignPath.
 */
function checkOfficerRequest(e) {
  if (!e.auth || e.hasSuperuserAuth()) return;
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  const app = e.app;
  const unit = e.record;
  const actorPath = app.findRecordById("units", e.auth.getString("unit")).getString("path");
  const isNew = unit.isNew();
  const before = isNew ? null : unit.original();
  const parentId = unit.getString("parent");
  if (!parentId) throw badField("parent", "Vui lòng chọn đơn vị cấp trên.");
  const parent = app.findRecordById("units", parentId);

  if (!isNew && unit.getString("kind") !== before.getString("kind")) {
    throw badField("kind", "Không đổi được cấp của đơn vị; hãy tạo đơn vị mới.");
  }
  if (!isNew && parentId !== before.getString("parent")) {
    const wrong = domain.moveError(
      { id: unit.id, kind: unit.getString("kind"), path: before.getString("path") },
      { id: parent.id, kind: parent.getString("kind"), path: parent.getString("path") },
      actorPath
    );
    if (wrong) throw badField("parent", wrong);
  }
  const errors = domain.cellFieldErrors(
    { kind: unit.getString("kind"), cellType: unit.getString("cellType"), isGrassroots: unit.getBool("isGrassroots") },
    parent.getString("kind")
  );
  const fields = Object.keys(errors);
  if (fields.length) {
    const data = {};
    fields.forEach((f) => { data[f] = new ValidationError("validation_tree", errors[f]); });
    throw new BadRequestError(errors[fields[0]], data);
  }
}

module.exports = { assignPath, checkChildren, rewriteSubtree, storedRow, badField, inTransaction, checkOfficerRequest };
