// What the hook routes and checks share, written once: the shape of an error answer, reading a
// JSON field, finding a record the caller may see, the officer check. Route logic returns
// {status, body} (so a refusal decided inside a transaction is carried out of it and answered
// after); model hooks throw PocketBase's own errors (BadRequestError) through `refuse`.

/** An answer in PocketBase's error shape, {status, body: {status, message, data}}; `extra` adds to the body. */
function fail(status, message, extra) {
  return { status, body: Object.assign({ status, message, data: {} }, extra || {}) };
}

/**
 * A 400 with field errors in PocketBase's shape ({field: {code, message}}), from
 * {field: message or [messages]}. The message is the first field's unless one is given.
 */
function fieldFail(errors, message, code) {
  const data = {};
  Object.keys(errors || {}).forEach((k) => {
    const v = errors[k];
    data[k] = { code: code || "invalid", message: Array.isArray(v) ? v.join(" ") : String(v) };
  });
  const first = Object.keys(data)[0];
  return fail(400, message || (first ? data[first].message : "Dữ liệu chưa hợp lệ."), { data });
}

/** Refuses a record save from a model hook: PocketBase's 400 with field errors ({field: ValidationError}). */
function refuse(message, errors) {
  throw new BadRequestError(message, errors);
}

/**
 * A JSON field's value (hooks see raw bytes or text) as data; null when empty; `broken` (null
 * unless given) when it is not JSON.
 */
function parseJson(value, broken) {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value : String(value);
  if (!text || text === "null") return null;
  try { return JSON.parse(text); } catch (_) { return broken === undefined ? null : broken; }
}

/** The record of `collection` with `id`, or null. */
function findOrNull(app, collection, id) {
  if (!id) return null;
  try { return app.findRecordById(collection, id); } catch (_) { return null; }
}

/** The record of `collection` with `id` if the caller may view it, else null (missing and hidden alike: 404). */
function findVisible(e, collection, id) {
  const record = findOrNull(e.app, collection, id);
  if (!record) return null;
  const rule = record.collection().viewRule;
  if (!e.hasSuperuserAuth() && (rule === null || !e.app.canAccessRecord(record, e.requestInfo(), rule))) return null;
  return record;
}

/**
 * The signed-in officer with a unit, as {actor: {id, role, unitId, unitPath}, unit}; or
 * {refusal}: 401 without a user, 403 with `message` for anyone else.
 */
function officerOf(e, message) {
  const auth = e.auth;
  if (!auth || auth.collection().name !== "users") return { refusal: fail(401, "Vui lòng đăng nhập.") };
  const unitId = auth.getString("unit");
  if (auth.getString("role") !== "officer" || !unitId) return { refusal: fail(403, message) };
  const unit = e.app.findRecordById("units", unitId);
  return { actor: { id: auth.id, role: "officer", unitId, unitPath: unit.getString("path") }, unit };
}

module.exports = { fail, fieldFail, refuse, parseJson, findOrNull, findVisible, officerOf };
