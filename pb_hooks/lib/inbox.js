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
const CELL_TYPES = ["residential", "administrative", "public_service", "armed_forces", "enterprise"];
const EXPAND = ["cell", "cell.parent", "programme", "awaiting"];

function fail(status, message) {
  return { status, body: { status, message, data: {} } };
}

/**
 * GET /api/committee/awaiting?states=a,b&programme=&unit=&cellType=&ids=a,b&limit=
 * → { items: [enrollment with expand cell, cell.parent, programme, awaiting] }, oldest first.
 */
function awaitingFor(e) {
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  const auth = e.auth;
  if (!auth || auth.collection().name !== "users") return fail(401, "Vui lòng đăng nhập.");
  const unitId = auth.getString("unit");
  if (auth.getString("role") !== "officer" || !unitId) return fail(403, "Chỉ cán bộ cấp ủy có hộp việc.");
  const unit = e.app.findRecordById("units", unitId);

  const q = (name) => String(e.request.url.query().get(name) || "");
  const list = (name) => q(name).split(",").filter(Boolean);
  const states = list("states").length ? list("states") : domain.INBOX_STATES;
  if (states.some((s) => domain.INBOX_STATES.indexOf(s) < 0)) return fail(400, "Loại việc không hợp lệ.");
  const ids = list("ids");
  if (ids.some((id) => !ID.test(id)) || ids.length > 200) return fail(400, "Danh sách hồ sơ không hợp lệ.");
  const limit = Math.min(Math.max(parseInt(q("limit"), 10) || 200, 1), 500);

  const params = { unit: unitId, subtree: unit.getString("path") + "%" };
  const parts = ["awaiting = {:unit}", "path ~ {:subtree}", "(" + states.map((s, i) => ((params["s" + i] = s), `state = {:s${i}}`)).join(" || ") + ")"];
  if (ids.length) parts.push("(" + ids.map((id, i) => ((params["id" + i] = id), `id = {:id${i}}`)).join(" || ") + ")");
  if (ID.test(q("programme"))) { params.programme = q("programme"); parts.push("programme = {:programme}"); }
  if (ID.test(q("unit"))) { params.within = "/" + q("unit") + "/"; parts.push("path ~ {:within}"); }
  if (CELL_TYPES.indexOf(q("cellType")) >= 0) { params.cellType = q("cellType"); parts.push("cellType = {:cellType}"); }

  const records = e.app.findRecordsByFilter("enrollments", parts.join(" && "), "stateChangedAt,id", limit, 0, params);
  e.app.expandRecords(records, EXPAND, null);
  return { status: 200, body: { items: records } };
}

module.exports = { awaitingFor };
