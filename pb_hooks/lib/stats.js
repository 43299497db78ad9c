// Keeping unit_stats and the units' subtree cell totals right as records change, inside the
// caller's transaction. Which counters an enrollment touches is decided by the domain bundle
// (src/lib/domain/unit-stats.ts); this file only turns that into SQL.

// The small bundle (no XState, no zod): a JS worker that only keeps counters holds little memory.
const domain = require(`${__hooks}/lib/generated/domain-records.cjs`);

/** The counter bucket of an enrollment record, or null; `isGrassroots` read from its cell unless given. */
function bucketOf(app, e, isGrassroots) {
  if (!e) return null;
  if (isGrassroots === undefined) {
    isGrassroots = false;
    try { isGrassroots = app.findRecordById("units", e.getString("cell")).getBool("isGrassroots"); } catch (_) { /* cell gone */ }
  }
  return { state: e.getString("state"), cellType: e.getString("cellType"), rating: e.getString("rating"), isGrassroots };
}

/** A cell became (or stopped being) a chi bộ cơ sở: its totals and its enrollments' counters follow. */
function flipGrassroots(app, cell) {
  const now = cell.getBool("isGrassroots");
  countCell(app, cell.getString("path"), 0, now ? 1 : -1);
  app.findRecordsByFilter("enrollments", "cell = {:c}", "", 0, 0, { c: cell.id }).forEach((e) => {
    applyDelta(app, e, bucketOf(app, e, !now), bucketOf(app, e, now));
  });
}

/** The unit ids on a path, root first, the last one included. */
function idsOf(path) {
  return path.split("/").filter(Boolean);
}

function inList(ids, params) {
  return ids.map((id, i) => { params["u" + i] = id; return "{:u" + i + "}"; }).join(", ");
}

/** Adds `delta` ({column: n}) to the `year` row of each unit in `ids`, creating missing rows. */
function addToUnits(app, ids, year, delta) {
  const known = domain.TREE_COLUMNS.concat(domain.STATS_COLUMNS);
  const cols = Object.keys(delta).filter((c) => delta[c] && known.indexOf(c) >= 0);
  if (!cols.length || !ids.length) return;
  const db = app.db();
  ids.forEach((unit) => {
    db.newQuery(
      "INSERT OR IGNORE INTO unit_stats (id, unit, parent, year) " +
      "VALUES (substr(lower(hex(randomblob(8))), 1, 15), {:unit}, (SELECT parent FROM units WHERE id = {:unit}), {:year})"
    ).bind({ unit, year }).execute();
  });
  const params = { year };
  const set = cols.map((c, i) => { params["d" + i] = delta[c]; return `[[${c}]] = COALESCE([[${c}]], 0) + {:d${i}}`; }).join(", ");
  db.newQuery(`UPDATE unit_stats SET ${set} WHERE year = {:year} AND unit IN (${inList(ids, params)})`).bind(params).execute();
}

/** Counts the change of one enrollment between two buckets on every unit of its path. */
function applyDelta(app, enrollment, before, after) {
  addToUnits(app, idsOf(enrollment.getString("path")), enrollment.getInt("year"), domain.bucketDelta(before, after));
}

/** Adds to the subtree cell totals of every unit on a cell's path (the cell included). */
function countCell(app, path, cells, grassroots) {
  addToUnits(app, idsOf(path), domain.TREE_YEAR, { cells, cellsGrassroots: grassroots });
}

/** After a unit moved: every row of its subtree's counters leaves the old ancestors and joins the new. */
function moveSubtree(app, unitId, oldPath, newPath) {
  const oldUp = idsOf(oldPath).filter((id) => id !== unitId);
  const newUp = idsOf(newPath).filter((id) => id !== unitId);
  const columns = domain.TREE_COLUMNS.concat(domain.STATS_COLUMNS);
  const parent = newUp.length ? newUp[newUp.length - 1] : "";
  app.db().newQuery("UPDATE unit_stats SET parent = {:parent} WHERE unit = {:unit}").bind({ parent, unit: unitId }).execute();
  app.findRecordsByFilter("unit_stats", "unit = {:u}", "", 0, 0, { u: unitId }).forEach((row) => {
    const plus = {};
    const minus = {};
    columns.forEach((c) => { plus[c] = row.getInt(c); minus[c] = -row.getInt(c); });
    addToUnits(app, oldUp, row.getInt("year"), minus);
    addToUnits(app, newUp, row.getInt("year"), plus);
  });
}

module.exports = { bucketOf, applyDelta, countCell, flipGrassroots, moveSubtree };
