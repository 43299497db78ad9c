// What comes in through the records API, before PocketBase casts it: a value of the wrong type
// ("<script>" for a number, "2026-02-31" for a date) would be stored as a zero value, so it is
// refused here with a 400 naming the field; dates outside the programme's window of years are
// refused too; every text is stored in one Unicode form (NFC), and units and accounts carry a
// folded search key (nameKey) so that "thuy xuan" finds "Thụy Xuân".
// The type check needs no bundle (it runs once per record of a batch, in request hooks).

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const NUMBER_RE = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const BOOL_STRINGS = { "": true, "true": true, "false": true, "1": true, "0": true, "on": true, "off": true };

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
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) return "";
      return "Giá trị không hợp lệ.";
    default:
      return "";
  }
}

/**
 * Refuses (400, errors by field) a request body with a value of the wrong type for a field of
 * `collection` (a Collection). Keys with a modifier ("excused+", "absentees-") are checked as their field.
 */
function checkBodyTypes(collection, body) {
  if (!body || typeof body !== "object") return;
  const errors = {};
  let first = "";
  Object.keys(body).forEach((key) => {
    const name = key.replace(/^[+]|[+-]$/g, "");
    const field = collection.fields.getByName(name);
    if (!field) return;
    let value = body[key];
    // A multipart field sent twice arrives as a list; a single-value field then takes one.
    const type = field.type();
    if (Array.isArray(value) && type !== "relation" && type !== "select" && type !== "json" && type !== "file") {
      if (value.length > 1) {
        errors[name] = new ValidationError("invalid_type", "Chỉ được gửi một giá trị.");
        if (!first) first = "Chỉ được gửi một giá trị.";
        return;
      }
      value = value[0];
    }
    const problem = typeProblem(type, value);
    if (problem) {
      errors[name] = new ValidationError("invalid_type", problem);
      if (!first) first = problem;
    }
  });
  if (Object.keys(errors).length) {
    throw new BadRequestError("Dữ liệu gửi lên không đúng kiểu: " + first, errors);
  }
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
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
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
    const domain = require(`${__hooks}/lib/generated/domain.cjs`);
    const key = domain.foldText(record.getString("name")).slice(0, 200);
    if (record.getString("nameKey") !== key) record.set("nameKey", key);
  }
}

module.exports = { typeProblem, checkBodyTypes, checkRequest, rawBody, checkDateWindow, normaliseText, yearOf, TEXT_COLLECTIONS };
