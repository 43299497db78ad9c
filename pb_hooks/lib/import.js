// Importing units, cells and members (routes in ../import.pb.js). The rules are the domain's
// (src/lib/domain/import, bundled as domain.importing): this file reads what they need from the
// database in bulk, stores the checked writes, and writes them a chunk per transaction.
//
//   POST /api/imports/dry-run      {fileName, units: RawRow[], members: RawRow[]}
//        → 200 {counts, errors, changes, importId, total, chunks}; writes no unit or member. When
//          the file has no errors and something to write, its writes are kept as import_chunks.
//   POST /api/imports/{id}/apply   → writes the next chunk in one transaction, after checking it
//        again against the database as it is now → 200 {written, total, applied, chunks, status}.
//        409 with the rows' problems when the data changed since the check (nothing of the chunk
//        is written); 404 for someone else's import.

const domain = require(`${__hooks}/lib/generated/domain.cjs`);
const I = domain.importing;

/** Rows per transaction: short enough for the single writer, long enough to amortise a request. */
const CHUNK = 250;
/** Rows per file (both tables): checked in seconds, and a dry-run body of a few megabytes. */
const MAX_ROWS = 50000;
/** Rows listed in a report; counts cover them all. */
const REPORT_ERRORS = 1000;
const REPORT_CHANGES = 200;
/** SQLite bound parameters per IN (...) list. */
const IN_BATCH = 500;

const { fail, officerOf } = require(`${__hooks}/lib/http.js`);

/** The caller's scope if they are an officer with a unit, else the refusal. */
function officerScope(e) {
  const who = officerOf(e, "Chỉ cán bộ cấp ủy mới nhập được dữ liệu đơn vị và đảng viên.");
  if (who.refusal) return who;
  return { scope: { unitId: who.actor.unitId, path: who.actor.unitPath } };
}

function batches(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function inList(values, params) {
  return values.map((v, i) => { params["v" + i] = v; return "{:v" + i + "}"; }).join(", ");
}

/** The existing units and members the plan compares the file with, read in a few IN (...) queries. */
function loadLookup(app, keys) {
  const units = new Map();
  batches(keys.unitCodes, IN_BATCH).forEach((codes) => {
    const params = {};
    const rows = arrayOf(new DynamicModel({
      id: "", code: "", name: "", kind: "", path: "", cellType: "", isGrassroots: false, parentCode: "", parentKind: "",
    }));
    app.db().newQuery(
      "SELECT u.id, u.code, u.name, u.kind, u.path, u.cellType, u.isGrassroots, " +
      "COALESCE(p.code, '') AS parentCode, COALESCE(p.kind, '') AS parentKind " +
      "FROM units u LEFT JOIN units p ON p.id = u.parent WHERE u.code IN (" + inList(codes, params) + ")"
    ).bind(params).all(rows);
    rows.forEach((r) => units.set(r.code, {
      id: r.id, code: r.code, name: r.name, kind: r.kind, path: r.path, cellType: r.cellType,
      isGrassroots: r.isGrassroots, parentCode: r.parentCode, parentKind: r.parentKind,
    }));
  });

  const members = new Map();
  const cellCodeById = {};
  const cellIds = [];
  keys.cellCodes.forEach((code) => {
    const u = units.get(code);
    if (u && u.kind === "cell") { cellCodeById[u.id] = code; cellIds.push(u.id); }
  });
  batches(cellIds, IN_BATCH).forEach((ids) => {
    const params = {};
    const rows = arrayOf(new DynamicModel({ id: "", cell: "", code: "", name: "", position: "", birthYear: 0, active: false }));
    app.db().newQuery(
      "SELECT id, cell, code, name, position, birthYear, active FROM members WHERE code != '' AND cell IN (" + inList(ids, params) + ")"
    ).bind(params).all(rows);
    rows.forEach((r) => {
      const cellCode = cellCodeById[r.cell];
      members.set(I.memberKey(cellCode, r.code), {
        id: r.id, cellCode, code: r.code, name: r.name, position: r.position, birthYear: r.birthYear, active: r.active,
      });
    });
  });
  return { units, members };
}

/** The plan of `input` (normalised rows) against the database as `app` sees it now. */
function planAgainst(app, input, scope) {
  return I.planImport(input, loadLookup(app, I.lookupKeys(input)), scope);
}

const brief = (r) => ({ table: r.table, row: r.row, code: r.code, name: r.name, action: r.action, problems: r.problems, changes: r.changes });

/** What the page shows: the counts, every row with problems (up to a cap), the first changes. */
function report(plan) {
  const errors = [];
  const changes = [];
  plan.rows.forEach((r) => {
    if (r.action === "error") { if (errors.length < REPORT_ERRORS) errors.push(brief(r)); }
    else if (r.action !== "unchanged" && changes.length < REPORT_CHANGES) changes.push(brief(r));
  });
  return { counts: plan.counts, rows: plan.rows.length, errors, changes };
}

function asRows(list) {
  if (!Array.isArray(list)) return [];
  return list.map((r) => ({ row: Number(r && r.row) || 0, values: (r && typeof r.values === "object" && r.values) || {} }));
}

/** POST /api/imports/dry-run */
function dryRun(e) {
  const who = officerScope(e);
  if (who.refusal) return who.refusal;
  let body;
  try {
    body = JSON.parse(toString(e.request.body));
  } catch (_) {
    return fail(400, "Dữ liệu gửi lên không đọc được.");
  }
  const input = { units: asRows(body && body.units), members: asRows(body && body.members) };
  const rows = input.units.length + input.members.length;
  if (rows > MAX_ROWS) {
    const problem = { message: I.IMPORT_MESSAGES.tooManyRows, params: { rows, max: MAX_ROWS } };
    return fail(400, problem.message.replace("{rows}", rows).replace("{max}", MAX_ROWS), { problem });
  }
  const normalized = I.normalizeInput(input, domain.currentYear());
  const plan = planAgainst(e.app, normalized, who.scope);
  const out = report(plan);
  out.importId = null;
  out.total = 0;
  out.chunks = 0;
  if (!plan.counts.error && plan.ops.length) {
    const chunks = I.chunkOps(plan.ops, CHUNK);
    e.app.runInTransaction((tx) => {
      const imp = new Record(tx.findCollectionByNameOrId("imports"));
      imp.set("owner", e.auth.id);
      imp.set("unit", who.scope.unitId);
      imp.set("fileName", String((body && body.fileName) || "").slice(0, 300));
      imp.set("status", "ready");
      imp.set("total", plan.ops.length);
      imp.set("written", 0);
      imp.set("chunks", chunks.length);
      imp.set("applied", 0);
      imp.set("counts", { create: plan.counts.create, update: plan.counts.update, unchanged: plan.counts.unchanged });
      tx.save(imp);
      const col = tx.findCollectionByNameOrId("import_chunks");
      chunks.forEach((ops, seq) => {
        const c = new Record(col);
        c.set("import", imp.id);
        c.set("seq", seq);
        c.set("ops", ops);
        tx.save(c);
      });
      out.importId = imp.id;
    });
    out.total = plan.ops.length;
    out.chunks = chunks.length;
  }
  return { status: 200, body: out };
}

/** Writes the planned records in order, parents first; ids of units made here feed later rows. */
function write(tx, ops, lookup, onRow) {
  const unitsCol = tx.findCollectionByNameOrId("units");
  const membersCol = tx.findCollectionByNameOrId("members");
  const idByCode = new Map();
  lookup.units.forEach((u, code) => idByCode.set(code, u.id));
  ops.forEach((op) => {
    onRow(op);
    const rec = op.record;
    if (op.table === "units") {
      const r = op.action === "create" ? new Record(unitsCol) : tx.findRecordById("units", op.id);
      if (op.action === "create") {
        r.set("code", rec.code);
        r.set("kind", rec.kind);
        r.set("parent", idByCode.get(rec.parentCode) || "");
      }
      r.set("name", rec.name);
      r.set("cellType", rec.cellType);
      r.set("isGrassroots", rec.isGrassroots);
      tx.save(r);
      idByCode.set(rec.code, r.id);
    } else {
      const r = op.action === "create" ? new Record(membersCol) : tx.findRecordById("members", op.id);
      if (op.action === "create") {
        r.set("cell", idByCode.get(rec.cellCode) || "");
        r.set("code", rec.code);
      }
      r.set("name", rec.name);
      r.set("position", rec.position);
      r.set("birthYear", rec.birthYear);
      r.set("active", rec.active);
      tx.save(r);
    }
  });
}

function progress(imp) {
  return {
    id: imp.id, status: imp.getString("status"), total: imp.getInt("total"), written: imp.getInt("written"),
    chunks: imp.getInt("chunks"), applied: imp.getInt("applied"),
  };
}

/** POST /api/imports/{id}/apply: the next chunk, checked again and written in one transaction. */
function applyNext(e) {
  const who = officerScope(e);
  if (who.refusal) return who.refusal;
  const id = e.request.pathValue("id");
  let outcome = null;
  let failed = null;
  let currentRow = null;
  try {
    e.app.runInTransaction((tx) => {
      let imp;
      try { imp = tx.findRecordById("imports", id); } catch (_) { imp = null; }
      if (!imp || imp.getString("owner") !== e.auth.id) { outcome = fail(404, "Không tìm thấy lần nhập dữ liệu này."); return; }
      const status = imp.getString("status");
      if (status === "done") { outcome = { status: 200, body: progress(imp) }; return; }
      if (status === "failed") { outcome = fail(409, imp.getString("error") || "Lần nhập này đã dừng; hãy kiểm tra lại tệp."); return; }

      const seq = imp.getInt("applied");
      const chunk = tx.findFirstRecordByFilter("import_chunks", "import = {:i} && seq = {:s}", { i: id, s: seq });
      const ops = JSON.parse(toString(chunk.get("ops")));
      const input = I.inputFromOps(ops);
      const lookup = loadLookup(tx, I.lookupKeys(input));
      const plan = I.planImport(input, lookup, who.scope);
      if (plan.counts.error) {
        const errors = plan.rows.filter((r) => r.action === "error").slice(0, REPORT_ERRORS).map(brief);
        const problem = { message: I.IMPORT_MESSAGES.changedSinceCheck, params: { count: plan.counts.error } };
        failed = { message: problem.message.replace("{count}", plan.counts.error), problem, errors };
        return;
      }
      write(tx, plan.ops, lookup, (op) => { currentRow = op; });
      tx.delete(chunk);
      imp.set("applied", seq + 1);
      imp.set("written", imp.getInt("written") + ops.length);
      if (seq + 1 >= imp.getInt("chunks")) imp.set("status", "done");
      tx.save(imp);
      outcome = { status: 200, body: progress(imp) };
    });
  } catch (err) {
    // A save refused by the collection (its own limits) rolls the whole chunk back.
    const where = currentRow ? (currentRow.table === "units" ? "Đơn vị" : "Đảng viên") + ", dòng " + currentRow.row + ": " : "";
    failed = { message: "Không ghi được phần này. " + where + String(err && err.message ? err.message : err), errors: [] };
  }
  if (failed) {
    markFailed(e.app, id, failed.message);
    return fail(409, failed.message, { errors: failed.errors, problem: failed.problem || null });
  }
  return outcome;
}

/** Stops an import after a chunk was refused: its remaining chunks are dropped, the reason kept. */
function markFailed(app, id, message) {
  app.runInTransaction((tx) => {
    let imp;
    try { imp = tx.findRecordById("imports", id); } catch (_) { return; }
    imp.set("status", "failed");
    imp.set("error", message.slice(0, 2000));
    tx.save(imp);
    tx.db().newQuery("DELETE FROM import_chunks WHERE import = {:i}").bind({ i: id }).execute();
  });
}

/** Daily: imports checked but never written within two days lose their stored writes. */
function purgeStale(app) {
  // Real time, not the business clock: compared with `created` (a real record timestamp), and
  // two days of waiting is a duration, whatever date KIEUMAU_TODAY pins.
  const cutoff = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().replace("T", " ");
  app.runInTransaction((tx) => {
    tx.db().newQuery(
      "DELETE FROM import_chunks WHERE import IN (SELECT id FROM imports WHERE status = 'ready' AND created < {:cut})"
    ).bind({ cut: cutoff }).execute();
    tx.db().newQuery(
      "UPDATE imports SET status = 'failed', error = 'Hết hạn: chưa ghi trong 2 ngày sau khi kiểm tra.' WHERE status = 'ready' AND created < {:cut}"
    ).bind({ cut: cutoff }).execute();
  });
}

module.exports = { dryRun, applyNext, purgeStale, loadLookup, CHUNK, MAX_ROWS };
