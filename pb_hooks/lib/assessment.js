// Scoring a monthly self-assessment against the programme's criteria for the cell's type.
// The server computes total and rating from `scores`; a client's own total is never trusted.
//
// Past scores are never rewritten: an assessment is scored once, when its scores are filed
// (created, or edited by the cell while still unlocked), against the framework of that moment,
// and keeps that total, that rating and the criteria maxima it used (`maxima`). Any other update
// (the committee locking it, an edit of evidence only after the framework changed, a forged
// `total`) keeps the three as filed. So an officer may re-score, add or delete criteria, or
// change the thresholds of a running programme: months already filed stay as they were, the next
// filings use the new framework. Deleting a criterion with filed scores is therefore allowed.

// The small bundle (no XState, no zod): a self-assessment create is a hot path at month end, and a
// JS worker keeps every bundle it loaded (README, "Peak load").
const domain = require(`${__hooks}/lib/generated/domain-records.cjs`);

function parseJson(value) {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value : String(value);
  if (!text || text === "null") return null;
  try { return JSON.parse(text); } catch (_) { return null; }
}

/** The criteria that apply to a cell type: the common ones plus that type's own. */
function criteriaFor(app, programmeId, cellType) {
  return app.findRecordsByFilter("criteria", "programme = {:p}", "order", 0, 0, { p: programmeId })
    .filter((c) => {
      const types = c.get("cellTypes") || [];
      return types.length === 0 || types.indexOf(cellType) >= 0;
    });
}

/**
 * Checks `scores` ({code: number}) and sets total and rating on the record.
 * Throws a 400 with one message per bad criterion, keyed "scores.<code>".
 */
function scoreAssessment(app, record) {
  const enrollment = app.findRecordById("enrollments", record.getString("enrollment"));
  const programme = app.findRecordById("programmes", enrollment.getString("programme"));
  const thresholds = domain.thresholdsOf(parseJson(programme.get("config")) || {});
  const criteria = criteriaFor(app, programme.id, enrollment.getString("cellType"));
  const scores = parseJson(record.get("scores"));
  const errors = {};
  if (!scores || typeof scores !== "object" || Array.isArray(scores)) {
    throw new BadRequestError("Điểm tự đánh giá không hợp lệ.", { scores: new ValidationError("invalid", "Điểm tự đánh giá không hợp lệ.") });
  }
  const known = {};
  const maxima = {};
  let total = 0;
  criteria.forEach((c) => {
    const code = c.getString("code");
    known[code] = true;
    const value = scores[code];
    const max = c.getFloat("maxScore");
    maxima[code] = max;
    if (value === undefined || value === null || value === "") {
      errors["scores." + code] = new ValidationError("required", "Chưa chấm tiêu chí " + code + ".");
    } else if (typeof value !== "number" || !isFinite(value) || value < 0 || value > max) {
      errors["scores." + code] = new ValidationError("out_of_range", "Điểm tiêu chí " + code + " phải từ 0 đến " + max + ".");
    } else if (!Number.isInteger(value * 2)) {
      // Scores go by half points, as the form (src/lib/domain/forms/self-assessment.ts).
      errors["scores." + code] = new ValidationError("half_step", "Điểm tiêu chí " + code + " chấm theo bước 0,5 (ví dụ: 7 hoặc 7,5).");
    } else {
      total += value;
    }
  });
  Object.keys(scores).forEach((code) => {
    if (!known[code]) errors["scores." + code] = new ValidationError("unknown", "Tiêu chí " + code + " không thuộc khung tiêu chí của chi bộ.");
  });
  checkEvidence(parseJson(record.get("evidence")), known, errors);
  checkMonth(record.getString("month"), errors);
  if (Object.keys(errors).length) throw new BadRequestError("Bản tự đánh giá có lỗi, vui lòng kiểm tra lại.", errors);
  total = Math.round(total * 100) / 100;
  record.set("total", total);
  record.set("rating", domain.ratingForScore(total, thresholds));
  record.set("maxima", maxima);
}

/** Whether a create request may be scored before PocketBase checks its create rule: lib/cell-records.js. */
function mayBeScoredBy(e) {
  return require(`${__hooks}/lib/cell-records.js`).checkedBeforeRule(e);
}

const SCORED_AS_FILED = ["total", "rating", "maxima"];

/** Same JSON value, whatever the key order ({code: score} maps are one level deep). */
function sameJson(a, b) {
  const canon = (v) => {
    const x = parseJson(v);
    if (!x || typeof x !== "object" || Array.isArray(x)) return JSON.stringify(x);
    return JSON.stringify(Object.keys(x).sort().map((k) => [k, x[k]]));
  };
  return canon(a) === canon(b);
}

/**
 * On update: re-scores only when the cell changed its scores or evidence (a new filing, checked
 * against today's framework); otherwise total, rating and maxima stay exactly as filed.
 */
function rescoreIfRefiled(app, record) {
  const original = record.original();
  if (sameJson(record.get("scores"), original.get("scores")) && sameJson(record.get("evidence"), original.get("evidence"))) {
    SCORED_AS_FILED.forEach((f) => record.set(f, original.get(f)));
    return;
  }
  scoreAssessment(app, record);
}

const EVIDENCE_MAX = 2000;

/** evidence: {code: text} for known criteria only, each note at most EVIDENCE_MAX characters. */
function checkEvidence(evidence, known, errors) {
  if (evidence === null) return;
  if (typeof evidence !== "object" || Array.isArray(evidence)) {
    errors.evidence = new ValidationError("invalid", "Minh chứng không hợp lệ.");
    return;
  }
  Object.keys(evidence).forEach((code) => {
    const note = evidence[code];
    if (!known[code]) errors["evidence." + code] = new ValidationError("unknown", "Tiêu chí " + code + " không thuộc khung tiêu chí của chi bộ.");
    else if (typeof note !== "string") errors["evidence." + code] = new ValidationError("invalid", "Minh chứng tiêu chí " + code + " phải là văn bản.");
    else if (note.length > EVIDENCE_MAX) errors["evidence." + code] = new ValidationError("too_long", "Minh chứng tiêu chí " + code + " tối đa 2.000 ký tự.");
  });
}

/** A month cannot be assessed before it has begun (Vietnam time, UTC+7). */
function checkMonth(month, errors) {
  const current = domain.currentMonth();
  if (month && month > current) errors.month = new ValidationError("future", "Chưa đến tháng " + month.slice(5, 7) + "/" + month.slice(0, 4) + ", chưa thể tự đánh giá.");
}

module.exports = { scoreAssessment, rescoreIfRefiled, criteriaFor, mayBeScoredBy };
