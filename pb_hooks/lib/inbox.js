// The committee's inbox, served by the server itself rather than by the records list API.
//
// Why a route: PocketBase deliberately slows a user's *empty* filtered list answers (after 3 in
// 3 s per client it sleeps up to 500 ms, against timing attacks on list rules; see
// apis/record_crud.go, randomizedThrottle). An inbox is often empty, and a home page asks for it
// on every visit, so the rule-bound list made an officer wait up to half a second for "nothing".
// Here the authorization is explicit instead of a list rule: only an officer, only decisions
// awaiting the officer's *own* committee. A decision awaits a committee only for cells in its
// subtree, and the path check below says so again, so the answer is a subset of what the
// enrollments list rule lets the officer read.

const ID = /^[a-z0-9]{15}$/;
// At most this many decisions per answer (the inbox shows 200; a bulk approval checks at most 200).
const MAX_ITEMS = 200;

const { fail, officerOf } = require(`${__hooks}/lib/http.js`);

/**
 * GET /api/committee/awaiting?states=a,b&programme=&unit=&cellType=&ids=a,b&limit=
 * → { items }, oldest first, at most MAX_ITEMS: each holds only what the inbox shows (the
 * enrollment's lifecycle fields, the names of its cell, the cell's parent, the programme and the
 * awaited committee) and, at recognition, whether this is the chain's last approval. Never a
 * programme's config (up to 200 KB each): the one thing the inbox needs of it is decided here.
 */
function awaitingFor(e) {
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  const who = officerOf(e, "Chỉ cán bộ cấp ủy có hộp việc.");
  if (who.refusal) return who.refusal;
  const unitId = who.actor.unitId;
  const unit = who.unit;

  const q = (name) => String(e.request.url.query().get(name) || "");
  const list = (name) => q(name).split(",").filter(Boolean);
  const states = list("states").length ? list("states") : domain.INBOX_STATES;
  if (states.some((s) => domain.INBOX_STATES.indexOf(s) < 0)) return fail(400, "Loại việc không hợp lệ.");
  const ids = list("ids");
  if (ids.some((id) => !ID.test(id)) || ids.length > 200) return fail(400, "Danh sách hồ sơ không hợp lệ.");
  const limit = Math.min(Math.max(parseInt(q("limit"), 10) || MAX_ITEMS, 1), MAX_ITEMS);

  const params = { unit: unitId, subtree: unit.getString("path") + "%" };
  const parts = ["awaiting = {:unit}", "path ~ {:subtree}", "(" + states.map((s, i) => ((params["s" + i] = s), `state = {:s${i}}`)).join(" || ") + ")"];
  if (ids.length) parts.push("(" + ids.map((id, i) => ((params["id" + i] = id), `id = {:id${i}}`)).join(" || ") + ")");
  if (ID.test(q("programme"))) { params.programme = q("programme"); parts.push("programme = {:programme}"); }
  if (ID.test(q("unit"))) { params.within = "/" + q("unit") + "/"; parts.push("path ~ {:within}"); }
  if (domain.CELL_TYPES.indexOf(q("cellType")) >= 0) { params.cellType = q("cellType"); parts.push("cellType = {:cellType}"); }

  const records = e.app.findRecordsByFilter("enrollments", parts.join(" && "), "stateChangedAt,id", limit, 0, params);
  return { status: 200, body: { items: slim(e.app, domain, records) } };
}

/** Names by id of the records of `collection` among `ids` (one query), with `more` fields. */
function namesOf(app, collection, ids, more) {
  const out = {};
  const unique = ids.filter((id, i) => id && ids.indexOf(id) === i);
  if (!unique.length) return out;
  app.findRecordsByIds(collection, unique).forEach((r) => {
    const row = { id: r.id, name: r.getString("name") };
    (more || []).forEach((f) => { row[f] = r.getString(f); });
    out[r.id] = row;
  });
  return out;
}

function slim(app, domain, records) {
  const cells = namesOf(app, "units", records.map((r) => r.getString("cell")), ["parent"]);
  const parents = namesOf(app, "units", Object.keys(cells).map((id) => cells[id].parent));
  const awaited = namesOf(app, "units", records.map((r) => r.getString("awaiting")));
  const programmes = {};
  const recognition = records.filter((r) => r.getString("state") === "recognition");
  // The recognition chain of each programme, only when a file waits at recognition: the one
  // use of the programme's config here.
  const configs = {};
  const lastStep = {};
  if (recognition.length) {
    const service = require(`${__hooks}/lib/lifecycle-service.js`);
    recognition.forEach((r) => {
      const pid = r.getString("programme");
      if (!configs[pid]) {
        const programme = app.findRecordById("programmes", pid);
        let raw = null;
        try { raw = JSON.parse(String(programme.get("config") || "null")); } catch (_) { raw = null; }
        configs[pid] = domain.parseProgrammeConfig(raw || {});
      }
      const chain = service.chainFor(configs[pid], "recognition", service.ancestorsOf(app, r.getString("path")));
      lastStep[r.id] = r.getInt("step") >= chain.length - 1;
    });
  }
  app.findRecordsByIds("programmes", records.map((r) => r.getString("programme")).filter((id, i, all) => all.indexOf(id) === i))
    .forEach((p) => { programmes[p.id] = { id: p.id, name: p.getString("name"), year: p.getInt("year") }; });
  return records.map((r) => {
    const cell = cells[r.getString("cell")];
    const parent = cell ? parents[cell.parent] : null;
    const item = {
      id: r.id,
      state: r.getString("state"),
      step: r.getInt("step"),
      version: r.getInt("version"),
      cell: r.getString("cell"),
      cellType: r.getString("cellType"),
      path: r.getString("path"),
      programme: r.getString("programme"),
      awaiting: r.getString("awaiting"),
      stateChangedAt: r.getString("stateChangedAt"),
      expand: {
        cell: cell ? { id: cell.id, name: cell.name, parent: cell.parent, expand: parent ? { parent } : {} } : null,
        programme: programmes[r.getString("programme")] || null,
        awaiting: awaited[r.getString("awaiting")] || null,
      },
    };
    if (r.id in lastStep) item.lastRecognitionStep = lastStep[r.id];
    return item;
  });
}

module.exports = { awaitingFor };
