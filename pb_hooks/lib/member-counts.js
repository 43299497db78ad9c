// units.memberCount: the party members attending (members.active) in the unit's whole subtree:
// on a cell its own members, on a committee the sum of its cells. Kept as members come, go or
// change cell, and as units move, in the caller's transaction: one read of the cell's path and
// one UPDATE over the ids on it (primary-key lookups), so an import of thousands stays cheap.

/** Whether a member record counts: an active member of a cell. */
function counts(member) {
  return !!member && member.getBool("active") && member.getString("cell") !== "";
}

/** Adds `delta` to the units with these ids. */
function addToIds(app, ids, delta) {
  if (!delta || !ids.length) return;
  const params = { d: delta };
  const list = ids.map((id, i) => { params["u" + i] = id; return "{:u" + i + "}"; }).join(", ");
  app.db().newQuery(`UPDATE units SET memberCount = MAX(0, COALESCE(memberCount, 0) + {:d}) WHERE id IN (${list})`).bind(params).execute();
}

/** Adds `delta` to the cell and every unit above it. */
function addAlong(app, cellId, delta) {
  if (!delta || !cellId) return;
  const row = new DynamicModel({ path: "" });
  try {
    app.db().newQuery("SELECT COALESCE(path, '') AS path FROM units WHERE id = {:id}").bind({ id: cellId }).one(row);
  } catch (_) {
    return; // the cell is gone: nothing left to count on
  }
  addToIds(app, row.path.split("/").filter(Boolean), delta);
}

/** A member record changed from `before` to `after` (either may be null: created, deleted). */
function memberChanged(app, before, after) {
  const was = counts(before) ? before.getString("cell") : "";
  const now = counts(after) ? after.getString("cell") : "";
  if (was === now) return;
  if (was) addAlong(app, was, -1);
  if (now) addAlong(app, now, 1);
}

/** A unit carrying `total` members moved: the old ancestors lose them, the new ones gain them. */
function unitMoved(app, unitId, oldPath, newPath, total) {
  if (!total) return;
  const above = (path) => path.split("/").filter((id) => id && id !== unitId);
  addToIds(app, above(oldPath), -total);
  addToIds(app, above(newPath), total);
}

/** Recounts every unit from the member records (migration backfill, repairs). */
function recountAll(app) {
  const rows = arrayOf(new DynamicModel({ path: "", n: 0 }));
  app.db().newQuery(
    "SELECT COALESCE(u.path, '') AS path, COUNT(*) AS n FROM members m JOIN units u ON u.id = m.cell WHERE m.active = TRUE GROUP BY m.cell"
  ).all(rows);
  const totals = {};
  rows.forEach((r) => r.path.split("/").filter(Boolean).forEach((id) => { totals[id] = (totals[id] || 0) + r.n; }));
  app.db().newQuery("UPDATE units SET memberCount = 0 WHERE memberCount != 0 OR memberCount IS NULL").execute();
  Object.keys(totals).forEach((id) => {
    app.db().newQuery("UPDATE units SET memberCount = {:n} WHERE id = {:id}").bind({ n: totals[id], id }).execute();
  });
}

module.exports = { memberChanged, unitMoved, addAlong, recountAll };
