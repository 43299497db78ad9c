// Account administration by officers, inside their own subtree (routes in users.pb.js):
// list, create (with a generated password shown once), change name/role/unit, lock, reset the
// password. The scope rules are the domain's (src/lib/domain/tree-admin.ts: manageError,
// assignmentErrors); this file reads the records, applies them and writes in one save.
// Accounts are never deleted: a locked account keeps its history and cannot sign in
// (users.authRule "disabled = false", and its tokens are revoked).

const domain = require(`${__hooks}/lib/generated/domain.cjs`);

const PER_PAGE_MAX = 100;
// No look-alikes (0/O, 1/l/I): the password is read off the screen and typed in.
const PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

const { fail, fieldFail, findOrNull, officerOf } = require(`${__hooks}/lib/http.js`);

const ONLY_OFFICERS = "Chỉ cán bộ cấp ủy mới quản lý tài khoản.";

function generatedPassword() {
  // 12 characters with at least a digit, so it reads as a password and passes any length rule.
  return $security.randomStringWithAlphabet(10, PASSWORD_ALPHABET) + $security.randomStringWithAlphabet(2, "23456789");
}

function view(app, user, unit) {
  unit = unit || findOrNull(app, "units", user.getString("unit"));
  return {
    id: user.id,
    name: user.getString("name"),
    email: user.email(),
    role: user.getString("role"),
    disabled: user.getBool("disabled"),
    created: user.getString("created"),
    unit: unit ? { id: unit.id, name: unit.getString("name"), kind: unit.getString("kind") } : null,
  };
}

/**
 * GET /api/accounts?unit=&subtree=1&role=&q=&status=&page=&perPage=
 * The accounts of a unit (or its whole subtree) inside the caller's subtree, newest first, one
 * page and whether another follows (no total: at province scale counting would cost a scan).
 * The subtree is a prefix range on the units' path index, then the users of those units by
 * idx_users_unit, so the work is proportional to the subtree, never to the country.
 */
function list(e) {
  const { actor, refusal } = officerOf(e, ONLY_OFFICERS);
  if (refusal) return refusal;
  const q = e.request.url.query();
  const unitId = q.get("unit") || e.auth.getString("unit");
  const unit = findOrNull(e.app, "units", unitId);
  if (!unit || !domain.isWithin(unit.getString("path"), actor.unitPath)) return fail(404, "Không tìm thấy đơn vị.");
  const perPage = Math.min(PER_PAGE_MAX, Math.max(1, parseInt(q.get("perPage"), 10) || 20));
  const page = Math.max(1, parseInt(q.get("page"), 10) || 1);

  const params = { limit: perPage + 1, offset: (page - 1) * perPage };
  let from;
  if (q.get("subtree") === "0") {
    from = "FROM users s INDEXED BY idx_users_unit JOIN units u ON u.id = s.unit WHERE s.unit = {:unit}";
    params.unit = unit.id;
  } else {
    // CROSS JOIN keeps the units side (an index range) as the outer loop; INDEXED BY keeps the
    // planner from walking all accounts of a role instead (it has no statistics to know better).
    from = "FROM units u CROSS JOIN users s INDEXED BY idx_users_unit ON s.unit = u.id WHERE u.path LIKE {:prefix}";
    params.prefix = unit.getString("path") + "%";
  }
  const role = q.get("role");
  if (role && domain.isAccountRole(role)) { from += " AND s.role = {:role}"; params.role = role; }
  const status = q.get("status");
  if (status === "disabled") from += " AND s.disabled = TRUE";
  if (status === "active") from += " AND (s.disabled = FALSE OR s.disabled IS NULL)";
  const text = (q.get("q") || "").trim().slice(0, 100);
  if (text) {
    // Names by their folded key (users.nameKey): "thuy" finds "Thụy", however either was typed.
    const like = (t) => "%" + t.replace(/[\\%_]/g, (c) => "\\" + c) + "%";
    from += " AND (s.nameKey LIKE {:key} ESCAPE '\\' OR s.email LIKE {:q} ESCAPE '\\')";
    params.key = like(domain.foldText(text));
    params.q = like(text.toLowerCase());
  }
  const rows = arrayOf(new DynamicModel({
    id: "", name: "", email: "", role: "", disabled: false, created: "", unitId: "", unitName: "", unitKind: "", unitPath: "",
  }));
  e.app.db().newQuery(
    "SELECT s.id, s.name, s.email, s.role, COALESCE(s.disabled, FALSE) AS disabled, s.created, " +
    "u.id AS unitId, u.name AS unitName, u.kind AS unitKind, u.path AS unitPath " + from +
    " ORDER BY s.created DESC, s.id LIMIT {:limit} OFFSET {:offset}"
  ).bind(params).all(rows);
  const items = rows.slice(0, perPage).map((r) => ({
    id: r.id, name: r.name, email: r.email, role: r.role, disabled: !!r.disabled, created: r.created,
    unit: { id: r.unitId, name: r.unitName, kind: r.unitKind },
    manageable: !domain.manageError(actor, { id: r.id, role: r.role, unitPath: r.unitPath }),
  }));
  return { status: 200, body: { page, perPage, hasMore: rows.length > perPage, items } };
}

/** GET /api/accounts/{id}: one account of the caller's subtree (404 outside it). */
function one(e) {
  const { actor, refusal } = officerOf(e, ONLY_OFFICERS);
  if (refusal) return refusal;
  let user;
  try { user = e.app.findRecordById("users", e.request.pathValue("id")); } catch (_) { return fail(404, "Không tìm thấy tài khoản."); }
  const unit = findOrNull(e.app, "units", user.getString("unit"));
  if (!unit || !domain.isWithin(unit.getString("path"), actor.unitPath)) return fail(404, "Không tìm thấy tài khoản.");
  const out = view(e.app, user, unit);
  out.unit.path = unit.getString("path");
  out.manageable = !domain.manageError(actor, { id: user.id, role: out.role, unitPath: unit.getString("path") });
  return { status: 200, body: out };
}

/** POST /api/accounts {name, email, role, unit, password?}: the new account, and the password if generated. */
function create(e) {
  const { actor, refusal } = officerOf(e, ONLY_OFFICERS);
  if (refusal) return refusal;
  const body = e.requestInfo().body || {};
  const unit = findOrNull(e.app, "units", String(body.unit || ""));
  const role = String(body.role || "");
  // The /users form's own schema (src/lib/domain/forms/user.ts): the same limits, the same words.
  const parsed = domain.parseAccountCreate({ name: body.name, email: body.email, role, password: body.password || "" });
  // Nothing is written unless this parsed: `errors` holds every field it refused.
  const errors = parsed.ok ? {} : parsed.errors;
  const name = String(body.name || "").trim();
  const email = String(body.email || "").trim().toLowerCase();
  const generated = !body.password;
  const password = generated ? generatedPassword() : String(body.password);
  // Role and unit are also the scope rules' to judge; their messages name the officer's limits.
  const scope = domain.assignmentErrors(actor, role, unit ? { kind: unit.getString("kind"), path: unit.getString("path") } : null);
  Object.keys(scope).forEach((k) => { errors[k] = scope[k]; });
  if (!errors.email) {
    // Accounts made here are stored in lower case; the address as typed catches older ones.
    // (Both through the unique email index: a NOCASE comparison would scan every account.)
    const taken = new DynamicModel({ n: 0 });
    e.app.db().newQuery("SELECT COUNT(*) AS n FROM users WHERE email IN ({:e}, {:typed})")
      .bind({ e: email, typed: String(body.email || "").trim() }).one(taken);
    if (taken.n > 0) errors.email = "Email này đã có tài khoản.";
  }
  if (Object.keys(errors).length) return fieldFail(errors);

  const user = new Record(e.app.findCollectionByNameOrId("users"));
  user.set("name", name);
  user.setEmail(email);
  user.setPassword(password);
  user.setVerified(true);
  user.setEmailVisibility(false);
  user.set("role", role);
  user.set("unit", unit.id);
  user.set("disabled", false);
  e.app.save(user);
  return { status: 200, body: { account: view(e.app, user, unit), password: generated ? password : "" } };
}

/**
 * PATCH /api/accounts/{id} {name?, role?, unit?, disabled?, resetPassword?}: one save; a new
 * password (resetPassword) is returned once; locking revokes the account's tokens.
 */
function update(e) {
  const { actor, refusal } = officerOf(e, ONLY_OFFICERS);
  if (refusal) return refusal;
  let user;
  try { user = e.app.findRecordById("users", e.request.pathValue("id")); } catch (_) { return fail(404, "Không tìm thấy tài khoản."); }
  const current = findOrNull(e.app, "units", user.getString("unit"));
  const target = { id: user.id, role: user.getString("role"), unitPath: current ? current.getString("path") : "" };
  if (!current || !domain.isWithin(target.unitPath, actor.unitPath)) return fail(404, "Không tìm thấy tài khoản.");
  const refused = domain.manageError(actor, target);
  if (refused) return fail(403, refused);

  const body = e.requestInfo().body || {};
  const errors = {};
  if (body.name !== undefined) {
    const name = String(body.name || "").trim();
    const wrong = domain.accountNameProblem(name);
    if (wrong) errors.name = wrong; else user.set("name", name);
  }
  const role = body.role !== undefined ? String(body.role) : target.role;
  const unit = body.unit !== undefined ? findOrNull(e.app, "units", String(body.unit)) : current;
  if (role !== target.role || !unit || unit.id !== current.id) {
    const scope = domain.assignmentErrors(actor, role, unit ? { kind: unit.getString("kind"), path: unit.getString("path") } : null);
    Object.keys(scope).forEach((k) => { errors[k] = scope[k]; });
  }
  if (Object.keys(errors).length) return fieldFail(errors);
  user.set("role", role);
  user.set("unit", unit.id);
  if (body.disabled !== undefined) {
    // Locking revokes the account's tokens in the users update hook (users.pb.js), on every path.
    user.set("disabled", body.disabled === true || body.disabled === "true");
  }
  let password = "";
  if (body.resetPassword === true || body.resetPassword === "true") {
    password = generatedPassword();
    user.setPassword(password);
  }
  e.app.save(user);
  return { status: 200, body: { account: view(e.app, user, unit), password } };
}

module.exports = { list, one, create, update };
