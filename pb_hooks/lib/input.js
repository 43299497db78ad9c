// What comes in through the records API, before PocketBase casts it: a value of the wrong type
// ("<script>" for a number, "2026-02-31" for a date) would be stored as a zero value, so it is
// refused here with a 400 naming the field; dates outside the programme's window of years are
// refused too; every text is stored in one Unicode form (NFC), and units and accounts carry a
// folded search key (nameKey) so that "thuy xuan" finds "Thụy Xuân".
// The type check needs no bundle (it runs once per record of a batch, in request hooks).

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const NUMBER_RE = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const BOOL_STRINGS = { "": true, "true": true, "false": true, "1": true, "0": true, "on": true, "off": true };

/** A list: a JS array, or a Go slice as a batch's body holds it. */
function isList(value) {
  return Array.isArray(value) || (!!value && typeof value === "object" && typeof value.length === "number");
}

function listOf(value) {
  const out = [];
  for (let i = 0; i < value.length; i++) out.push(value[i]);
  return out;
}

function realDate(text) {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}

/** Why `value` cannot be a value of a field of `type`, or "". (Multipart bodies send strings.) */
function typeProblem(type, value) {
  if (value === null || value === undefined) return "";
  switch (type) {
    case "number":
      if (typeof value === "number") return isFinite(value) ? "" : "Giá trị phải là một số.";
      if (typeof value === "string" && (value === "" || NUMBER_RE.test(value))) return "";
      return "Giá trị phải là một số.";
    case "bool":
      if (typeof value === "boolean") return "";
      if (typeof value === "string" && BOOL_STRINGS[value.toLowerCase()]) return "";
      return "Giá trị phải là đúng hoặc sai.";
    case "date":
      if (typeof value === "string" && (value === "" || realDate(value.trim()))) return "";
      return "Ngày không hợp lệ (định dạng YYYY-MM-DD).";
    case "text":
    case "email":
    case "url":
    case "editor":
      if (typeof value === "string" || typeof value === "number") return "";
      return "Giá trị phải là văn bản.";
    case "select":
    case "relation":
      if (typeof value === "string") return "";
      if (isList(value) && listOf(value).every((v) => typeof v === "string")) return "";
      return "Giá trị không hợp lệ.";
    default:
      return "";
  }
}

/**
 * The fields of a request body for `collection` (a Collection) holding a value of the wrong type,
 * as { field: message }. Keys with a modifier ("excused+", "absentees-") are checked as their field.
 */
function bodyTypeErrors(collection, body) {
  const errors = {};
  if (!body || typeof body !== "object") return errors;
  Object.keys(body).forEach((key) => {
    const name = key.replace(/^[+]|[+-]$/g, "");
    const field = collection.fields.getByName(name);
    if (!field) return;
    let value = body[key];
    // A form field sent twice arrives as a list; a single-value field then takes one.
    const type = field.type();
    if (isList(value) && type !== "relation" && type !== "select" && type !== "json" && type !== "file") {
      if (value.length > 1) {
        errors[name] = "Chỉ được gửi một giá trị.";
        return;
      }
      value = value[0];
    }
    const problem = typeProblem(type, value);
    if (problem) errors[name] = problem;
  });
  return errors;
}

/** Refuses (400, errors by field) a request body with a value of the wrong type for a field of `collection`. */
function checkBodyTypes(collection, body) {
  const errors = bodyTypeErrors(collection, body);
  const names = Object.keys(errors);
  if (!names.length) return;
  const data = {};
  names.forEach((n) => { data[n] = new ValidationError("invalid_type", errors[n]); });
  throw new BadRequestError("Dữ liệu gửi lên không đúng kiểu: " + errors[names[0]], data);
}

/**
 * The body as the client sent it. requestInfo().body already holds the values cast to the
 * fields' types (PocketBase replaces it before the request hooks), so the JSON is read again
 * (the router keeps the body rereadable) and forms are taken from the parsed form values.
 */
function rawBody(e) {
  // A record request event carries the HTTP request on its embedded requestEvent.
  const req = e.request || (e.requestEvent && e.requestEvent.request);
  if (!req) return {};
  const type = String(req.header.get("Content-Type") || "").toLowerCase();
  if (type.indexOf("multipart/form-data") === 0 || type.indexOf("application/x-www-form-urlencoded") === 0) {
    // PocketBase reads forms from request.Form (the query string's values included): so does
    // this, through its encoding (url.Values reaches JS as an object of methods, not of values).
    const out = {};
    const encoded = req.form ? String(req.form.encode()) : "";
    const values = {};
    encoded.split("&").forEach((pair) => {
      if (!pair) return;
      const at = pair.indexOf("=");
      const dec = (t) => { try { return decodeURIComponent(t.replace(/\+/g, " ")); } catch (_) { return t; } };
      const k = dec(at < 0 ? pair : pair.slice(0, at));
      const v = at < 0 ? "" : dec(pair.slice(at + 1));
      (values[k] = values[k] || []).push(v);
    });
    Object.keys(values).forEach((k) => {
      if (k === "@jsonPayload") {
        values[k].forEach((v) => {
          try {
            const extra = JSON.parse(v);
            if (extra && typeof extra === "object") Object.keys(extra).forEach((x) => { out[x] = extra[x]; });
          } catch (_) { /* PocketBase has already refused a broken payload */ }
        });
      } else {
        out[k] = values[k].length === 1 ? values[k][0] : values[k];
      }
    });
    return out;
  }
  const text = toString(req.body);
  if (!text || !text.trim()) return {};
  try { return JSON.parse(text); } catch (_) { return {}; }
}

/** The request hook's check: the body of a records API create or update of this event's collection. */
function checkRequest(e) {
  checkBodyTypes(e.collection, rawBody(e));
}

/** The collections whose records API bodies are type-checked (request hooks, and batches below). */
const TYPED_COLLECTIONS = ["meetings", "plans", "plan_tasks", "review_notes", "self_assessments", "notifications"];

/**
 * The same check for the creates and updates inside a batch (POST /api/batch), whose bodies hold
 * the values as sent. plan_tasks has no request hook on purpose: a batch runs each record request
 * inside the previous one, so a JS request hook per task would hold one JS VM per task for the
 * whole batch (a plan of 50 tasks took seconds); this hook holds one. Returns the 400 body, or null.
 */
function checkBatch(e) {
  const list = e.batch || [];
  for (let i = 0; i < list.length; i++) {
    const ir = list[i];
    const method = String(ir.method || "").toUpperCase();
    if (method !== "POST" && method !== "PATCH" && method !== "PUT") continue;
    const m = /^\/api\/collections\/([^\/?]+)\/records(?:\/[^\/?]+)?(?:\?.*)?$/.exec(String(ir.url || ""));
    if (!m || TYPED_COLLECTIONS.indexOf(m[1]) < 0) continue;
    let collection;
    try { collection = e.app.findCollectionByNameOrId(m[1]); } catch (_) { continue; }
    const errors = bodyTypeErrors(collection, ir.body || {});
    const names = Object.keys(errors);
    if (names.length) {
      // The shape of PocketBase's own batch failure, so callers read the field errors the same way.
      const data = {};
      names.forEach((n) => { data[n] = { code: "invalid_type", message: errors[n] }; });
      const message = "Dữ liệu gửi lên không đúng kiểu: " + errors[names[0]];
      const requests = {};
      requests[i] = { code: "batch_request_failed", message: "Batch request failed.", response: { status: 400, message, data } };
      // Answered as is (a thrown error's data would be flattened into generic validation errors).
      return { status: 400, message: "Batch transaction failed.", data: { requests } };
    }
  }
  return null;
}

/** The year of the programme a record belongs to (through its enrollment), or 0. */
function yearOf(app, record) {
  const id = record.getString("enrollment");
  if (!id) return 0;
  const row = new DynamicModel({ year: 0 });
  try {
    app.db().newQuery("SELECT COALESCE(year, 0) AS year FROM enrollments WHERE id = {:id}").bind({ id }).one(row);
  } catch (_) {
    return 0;
  }
  return row.year || 0;
}

/**
 * Refuses (400 on the field) dates of `fields` outside the window of years around the programme
 * of the record's enrollment (src/lib/domain/text.ts). Only changed dates are judged on update,
 * so a record dated before a rule changed can still be edited otherwise.
 */
function checkDateWindow(app, record, fields) {
  const year = yearOf(app, record);
  if (!year) return;
  const domain = require(`${__hooks}/lib/generated/domain-records.cjs`);
  const before = record.isNew() ? null : record.original();
  const errors = {};
  let first = "";
  fields.forEach((f) => {
    const value = record.getString(f);
    if (!value) return;
    if (before && before.getString(f) === value) return;
    const problem = domain.dateWindowProblem(value, year);
    if (problem) {
      errors[f] = new ValidationError("out_of_window", problem);
      if (!first) first = problem;
    }
  });
  if (Object.keys(errors).length) throw new BadRequestError(first, errors);
}

/** The collections whose texts are stored in NFC (every collection of the app). */
const TEXT_COLLECTIONS = [
  "units", "users", "programmes", "criteria", "members", "enrollments", "approvals", "transitions",
  "plans", "plan_tasks", "meetings", "self_assessments", "review_notes", "notifications", "imports",
];

/** Every text field of the record in NFC; units and users get their folded search key. */
function normaliseText(record) {
  const fields = record.collection().fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.type() !== "text" && f.type() !== "editor") continue;
    const name = f.getName();
    const value = record.getString(name);
    if (!value) continue;
    const composed = value.normalize("NFC");
    if (composed !== value) record.set(name, composed);
  }
  const collection = record.collection().name;
  if ((collection === "units" || collection === "users") && fields.getByName("nameKey")) {
    const domain = require(`${__hooks}/lib/generated/domain-records.cjs`);
    const key = domain.foldText(record.getString("name")).slice(0, 200);
    if (record.getString("nameKey") !== key) record.set("nameKey", key);
  }
}

module.exports = { typeProblem, checkBodyTypes, checkRequest, checkBatch, TYPED_COLLECTIONS, rawBody, checkDateWindow, normaliseText, yearOf, TEXT_COLLECTIONS };
