/// <reference path="../pb_data/types.d.ts" />
// Scope rules that SQLite can serve from an index (issue 12, lists at national size).
//
// - A subtree was a contains match: `x.path ~ @request.auth.unit.path`, which PocketBase writes
//   as `x.path LIKE ('%' || … || '%')`: no index can serve it, every row is tested. Every path of
//   the subtree of a unit U starts with U.path ("/root/…/U/"), so "starts with" is the range
//   U.path <= path < U.pathEnd, where pathEnd is U.path with its final "/" replaced by "0" (the
//   next character): same meaning, plain comparisons. units.pathEnd is kept by pb_hooks/lib/tree.js.
// - An inspector's assignment was `inspectors.id ?= @request.auth.id`: a join of json_each and
//   users per enrollment, which multiplies the rows and makes PocketBase de-duplicate them. Ids
//   are 15 characters of [a-z0-9], so "the stored list contains my id" (`inspectors ~ @request.auth.id`,
//   a test on the row itself) means the same.
// - enrollments.cellName: a copy of the cell's name (kept by pb_hooks/enrollments.pb.js and
//   lib/tree.js on a rename), so that lists sort by cell name walking an index in order
//   (cellName, path, state: the scope and the state are checked on the index entry) and stop
//   after the page, instead of joining every row's cell and sorting the whole subtree. The NOCASE
//   index on path goes: with it SQLite seeks the subtree and sorts it; a BINARY one serves the
//   range comparisons (subtree moves).
//
// The rules are rewritten in place (only the shape changes), so a rule loosened by an earlier
// migration stays loosened here: scripts/mutation-check.mjs keeps catching it.
const SUBTREE = /((?:[A-Za-z_]+\.)*)path ~ @request\.auth\.unit\.path/g;
const SUBTREE_BACK = /\(((?:[A-Za-z_]+\.)*)path >= @request\.auth\.unit\.path && \1path < @request\.auth\.unit\.pathEnd\)/g;
const INSPECTORS = /((?:[A-Za-z_]+\.)*)inspectors\.id \?= @request\.auth\.id/g;
const INSPECTORS_BACK = /((?:[A-Za-z_]+\.)*)inspectors ~ @request\.auth\.id/g;
const RULES = ["listRule", "viewRule", "createRule", "updateRule", "deleteRule", "authRule", "manageRule"];

function rewriteRules(app, forward) {
  app.findAllCollections().forEach((c) => {
    if (c.system) return;
    let changed = false;
    RULES.forEach((name) => {
      // A rule is a *string in Go: an object here, null when superusers only.
      if (c[name] === null || c[name] === undefined) return;
      const rule = String(c[name]);
      if (!rule) return;
      const next = forward
        ? rule.replace(SUBTREE, "($1path >= @request.auth.unit.path && $1path < @request.auth.unit.pathEnd)").replace(INSPECTORS, "$1inspectors ~ @request.auth.id")
        : rule.replace(SUBTREE_BACK, "$1path ~ @request.auth.unit.path").replace(INSPECTORS_BACK, "$1inspectors.id ?= @request.auth.id");
      if (next !== rule) {
        c[name] = next;
        changed = true;
      }
    });
    if (changed) app.save(c);
  });
}

migrate((app) => {
  const units = app.findCollectionByNameOrId("units");
  units.fields.add(new TextField({ name: "pathEnd", max: 400 }));
  app.save(units);
  app.db().newQuery("UPDATE units SET pathEnd = substr(path, 1, length(path) - 1) || '0' WHERE path != ''").execute();

  const enrollments = app.findCollectionByNameOrId("enrollments");
  enrollments.fields.add(new TextField({ name: "cellName", max: 200 }));
  enrollments.indexes = enrollments.indexes.filter((i) => i.indexOf("idx_enrollments_path ") < 0);
  enrollments.indexes.push("CREATE INDEX idx_enrollments_path_bin ON enrollments (path)");
  enrollments.indexes.push("CREATE INDEX idx_enrollments_cell_name ON enrollments (cellName, path, state)");
  app.save(enrollments);
  app.db().newQuery("UPDATE enrollments SET cellName = COALESCE((SELECT name FROM units WHERE units.id = enrollments.cell), '')").execute();

  rewriteRules(app, true);
}, (app) => {
  rewriteRules(app, false);

  const enrollments = app.findCollectionByNameOrId("enrollments");
  enrollments.indexes = enrollments.indexes.filter((i) => i.indexOf("idx_enrollments_path_bin") < 0 && i.indexOf("idx_enrollments_cell_name") < 0);
  enrollments.indexes.push("CREATE INDEX idx_enrollments_path ON enrollments (path COLLATE NOCASE)");
  enrollments.fields.removeByName("cellName");
  app.save(enrollments);

  const units = app.findCollectionByNameOrId("units");
  units.fields.removeByName("pathEnd");
  app.save(units);
});
