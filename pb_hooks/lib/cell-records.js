// Checks on the cell's own records that API rules cannot express: a member named in a plan task
// or a meeting belongs to the cell of the enrollment, attendance adds up, a task's plan is the
// enrollment's plan, a task is not due before its roadmap month, an emphasis names criteria of the
// programme's framework for the cell's type. Each check throws a 400 with field errors in Vietnamese.

const { refuse, parseJson, findOrNull } = require(`${__hooks}/lib/http.js`);

/** The enrollment a record belongs to (null when it does not exist). */
function enrollmentOf(app, record) {
  return findOrNull(app, "enrollments", record.getString("enrollment"));
}

/** Ids in `ids` that are not members of `cellId`. */
function strangers(app, ids, cellId) {
  const out = [];
  ids.forEach((id) => {
    if (!id) return;
    let m = null;
    try { m = app.findRecordById("members", id); } catch (_) { m = null; }
    if (!m || m.getString("cell") !== cellId) out.push(id);
  });
  return out;
}

function checkPlanTask(app, record) {
  const enrollment = enrollmentOf(app, record);
  if (!enrollment) return; // the relation's own validation answers
  const errors = {};
  const assignee = record.getString("assignee");
  if (assignee && strangers(app, [assignee], enrollment.getString("cell")).length) {
    errors.assignee = new ValidationError("not_cell_member", "Người thực hiện phải là đảng viên của chi bộ.");
  }
  const planId = record.getString("plan");
  if (planId) {
    let plan = null;
    try { plan = app.findRecordById("plans", planId); } catch (_) { plan = null; }
    if (plan && plan.getString("enrollment") !== enrollment.id) {
      errors.plan = new ValidationError("other_plan", "Kế hoạch không thuộc hồ sơ này.");
    }
  }
  const domain = require(`${__hooks}/lib/generated/domain-records.cjs`);
  const problems = domain.planTaskProblems({ due: record.getString("due"), month: record.getString("month") });
  if (problems.due) errors.due = new ValidationError("before_month", problems.due);
  if (Object.keys(errors).length) refuse("Công việc của kế hoạch có lỗi, vui lòng kiểm tra lại.", errors);
}

function checkMeeting(app, record) {
  const enrollment = enrollmentOf(app, record);
  if (!enrollment) return;
  const errors = {};
  const absentees = record.get("absentees") || [];
  const list = [];
  for (let i = 0; i < absentees.length; i++) list.push(String(absentees[i]));
  const domain = require(`${__hooks}/lib/generated/domain-records.cjs`);
  const problems = domain.attendanceProblems({
    total: record.getInt("total"), present: record.getInt("present"), excused: record.getInt("excused"), absentees: list.length,
  });
  Object.keys(problems).forEach((field) => { errors[field] = new ValidationError("attendance", problems[field]); });
  if (strangers(app, list, enrollment.getString("cell")).length) {
    errors.absentees = new ValidationError("not_cell_member", "Người vắng mặt phải là đảng viên của chi bộ.");
  }
  if (Object.keys(errors).length) refuse("Buổi sinh hoạt có lỗi, vui lòng kiểm tra lại.", errors);
}


/** emphasis: null/[] or a list of at most 10 distinct criterion codes of the framework for the cell's type. */
function checkEmphasis(app, record) {
  const value = parseJson(record.get("emphasis"), false) // not JSON: refused below;
  if (value === null) return;
  const bad = (msg) => refuse("Nội dung trọng tâm không hợp lệ.", { emphasis: new ValidationError("invalid", msg) });
  if (!Array.isArray(value)) bad("Nội dung trọng tâm phải là danh sách mã tiêu chí.");
  if (value.length > 10) bad("Chọn tối đa 10 nội dung trọng tâm.");
  const { criteriaFor } = require(`${__hooks}/lib/assessment.js`);
  const cellType = record.getString("cellType") ||
    app.findRecordById("units", record.getString("cell")).getString("cellType");
  const known = {};
  criteriaFor(app, record.getString("programme"), cellType).forEach((c) => { known[c.getString("code")] = true; });
  const seen = {};
  value.forEach((code) => {
    if (typeof code !== "string" || !known[code]) bad("Mã tiêu chí " + String(code) + " không thuộc khung tiêu chí của chương trình cho loại hình chi bộ này.");
    if (seen[code]) bad("Mã tiêu chí " + code + " bị chọn hai lần.");
    seen[code] = true;
  });
}

/**
 * Whether a create request of a cell's record (a meeting, a self-assessment) may be checked before
 * PocketBase checks its create rule (the request hooks check, so that a create ties up one JS
 * worker): a superuser, or the secretary of the enrollment's cell. Only those can pass the rules;
 * anyone else is refused by them without learning what the checks would say.
 */
function checkedBeforeRule(e) {
  if (e.hasSuperuserAuth()) return true;
  if (!e.auth || e.auth.getString("role") !== "secretary" || !e.auth.getString("unit")) return false;
  const id = e.record.getString("enrollment");
  if (!id) return false;
  let enrollment = null;
  try { enrollment = e.app.findRecordById("enrollments", id); } catch (_) { return false; }
  return enrollment.getString("cell") === e.auth.getString("unit");
}

module.exports = { checkPlanTask, checkMeeting, checkEmphasis, strangers, checkedBeforeRule };
