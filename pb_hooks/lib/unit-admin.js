// Officers adding and editing units inside their own subtree (routes in units.pb.js). The
// rules are the domain's (src/lib/domain/tree-admin.ts: moveError, editScopeError,
// cellFieldErrors); the structure every save must keep (kinds in order, paths) is checked again
// by the units hooks, and each decision is written in one transaction with all it causes.

const domain = require(`${__hooks}/lib/generated/domain.cjs`);
const { fail, fieldFail, findOrNull, officerOf } = require(`${__hooks}/lib/http.js`);

const ONLY_OFFICERS = "Chỉ cán bộ cấp ủy mới quản lý tổ chức đảng.";

function node(unit) {
  return { id: unit.id, kind: unit.getString("kind"), path: unit.getString("path") };
}

function view(unit) {
  return {
    id: unit.id, name: unit.getString("name"), kind: unit.getString("kind"), code: unit.getString("code"),
    parent: unit.getString("parent"), path: unit.getString("path"), depth: unit.getInt("depth"),
    cellType: unit.getString("cellType"), isGrassroots: unit.getBool("isGrassroots"), memberCount: unit.getInt("memberCount"),
  };
}

/** Name and code as sent, or their field errors. */
function readTexts(app, body, errors, selfId) {
  const out = {};
  if (body.name !== undefined) {
    out.name = String(body.name || "").trim();
    const wrong = domain.unitTextProblem("name", out.name);
    if (wrong) errors.name = wrong;
  }
  if (body.code !== undefined) {
    out.code = String(body.code || "").trim();
    const wrong = domain.unitTextProblem("code", out.code);
    if (wrong) errors.code = wrong;
    else if (out.code) {
      try {
        const other = app.findFirstRecordByFilter("units", "code = {:c}", { c: out.code });
        if (other.id !== selfId) errors.code = "Mã này đã được dùng cho đơn vị khác.";
      } catch (_) { /* free */ }
    }
  }
  return out;
}

function cellFields(body, current) {
  const kind = current ? current.getString("kind") : String(body.kind || "");
  const cell = kind === "cell";
  return {
    kind,
    cellType: body.cellType !== undefined ? (cell ? String(body.cellType || "") : "") : (current ? current.getString("cellType") : ""),
    isGrassroots: body.isGrassroots !== undefined ? cell && (body.isGrassroots === true || body.isGrassroots === "true") : (current ? current.getBool("isGrassroots") : false),
  };
}

function merge(errors, more) {
  Object.keys(more).forEach((k) => { if (!errors[k]) errors[k] = more[k]; });
}

/** POST /api/tree/units {name, kind, parent, code?, cellType?, isGrassroots?}: a unit under one of the subtree. */
function create(e) {
  const { actor, refusal } = officerOf(e, ONLY_OFFICERS);
  if (refusal) return refusal;
  const body = e.requestInfo().body || {};
  const errors = {};
  const parent = findOrNull(e.app, "units", String(body.parent || ""));
  if (!parent || !domain.isWithin(parent.getString("path"), actor.unitPath)) {
    errors.parent = "Đơn vị cấp trên nằm ngoài phạm vi bạn quản lý.";
  }
  const texts = readTexts(e.app, { name: body.name, code: body.code || "" }, errors, "");
  const fields = cellFields(body, null);
  if (domain.UNIT_KINDS.indexOf(fields.kind) < 0) errors.kind = "Vui lòng chọn cấp của đơn vị.";
  else if (parent) {
    const wrong = domain.placementError(fields.kind, parent.getString("kind"));
    if (wrong) errors[parent.getString("kind") === "cell" ? "parent" : "kind"] = wrong;
    merge(errors, domain.cellFieldErrors(fields, parent.getString("kind")));
  }
  if (Object.keys(errors).length) return fieldFail(errors);

  let unit = null;
  e.app.runInTransaction((tx) => {
    unit = new Record(tx.findCollectionByNameOrId("units"));
    unit.set("name", texts.name);
    unit.set("code", texts.code);
    unit.set("kind", fields.kind);
    unit.set("parent", parent.id);
    unit.set("cellType", fields.cellType);
    unit.set("isGrassroots", fields.isGrassroots);
    tx.save(unit);
  });
  return { status: 200, body: view(unit) };
}

/**
 * PATCH /api/tree/units/{id} {name?, code?, cellType?, isGrassroots?, parent?}: edits a unit
 * strictly below the officer's own; a new parent moves it with its whole subtree.
 */
function update(e) {
  const { actor, refusal } = officerOf(e, ONLY_OFFICERS);
  if (refusal) return refusal;
  const id = e.request.pathValue("id");
  const unit = findOrNull(e.app, "units", id);
  if (!unit || !domain.isWithin(unit.getString("path"), actor.unitPath)) return fail(404, "Không tìm thấy đơn vị.");
  const scope = domain.editScopeError(unit.getString("path"), actor.unitPath);
  if (scope) return fail(403, scope);
  const body = e.requestInfo().body || {};
  if (body.kind !== undefined && body.kind !== unit.getString("kind")) {
    return fieldFail({ kind: "Không đổi được cấp của đơn vị; hãy tạo đơn vị mới." });
  }
  const errors = {};
  const texts = readTexts(e.app, body, errors, unit.id);
  let parent = findOrNull(e.app, "units", unit.getString("parent"));
  const moving = body.parent !== undefined && String(body.parent) !== unit.getString("parent");
  if (moving) {
    parent = findOrNull(e.app, "units", String(body.parent || ""));
    const wrong = parent ? domain.moveError(node(unit), node(parent), actor.unitPath) : "Vui lòng chọn đơn vị cấp trên mới.";
    if (wrong) errors.parent = wrong;
  }
  if (!errors.parent) merge(errors, domain.cellFieldErrors(cellFields(body, unit), parent ? parent.getString("kind") : null));
  if (Object.keys(errors).length) return fieldFail(errors);

  let saved = null;
  e.app.runInTransaction((tx) => {
    saved = tx.findRecordById("units", id);
    const fields = cellFields(body, saved);
    if (texts.name !== undefined) saved.set("name", texts.name);
    if (texts.code !== undefined) saved.set("code", texts.code);
    saved.set("cellType", fields.cellType);
    saved.set("isGrassroots", fields.isGrassroots);
    if (moving) saved.set("parent", parent.id);
    tx.save(saved);
  });
  return { status: 200, body: view(saved) };
}

module.exports = { create, update };
