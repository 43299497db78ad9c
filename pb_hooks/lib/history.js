// History cannot be erased: during the pilot and after it, the cell may not delete a meeting or
// a plan task of a month that is kept (its self-assessment locked, or its due date past), nor a
// member named in such a record (absent from a kept meeting, assigned a kept task): the member
// is marked as no longer attending instead. Nor may an edit move a kept record out of its month.
// Which months are kept is decided by the domain bundle (src/lib/domain/history.ts).

const domain = require(`${__hooks}/lib/generated/domain.cjs`);

const { parseJson } = require(`${__hooks}/lib/http.js`);

const monthLabel = (month) => month.slice(5, 7) + "/" + month.slice(0, 4);

/** The month ("YYYY-MM") a meeting or a plan task belongs to. */
function monthOf(collection, record) {
  if (collection === "plan_tasks") return record.getString("month") || record.getString("due").slice(0, 7);
  return record.getString("date").slice(0, 7);
}

/** The enrollment, or null when it is gone or not (yet) in the pilot or after it. */
function historicEnrollment(app, id) {
  let enrollment;
  try { enrollment = app.findRecordById("enrollments", id); } catch (_) { return null; }
  return domain.HISTORY_STATES.indexOf(enrollment.getString("state")) >= 0 ? enrollment : null;
}

/** Whether the records of `month` are kept for this enrollment. */
function kept(app, enrollment, month) {
  const programme = app.findRecordById("programmes", enrollment.getString("programme"));
  const config = domain.parseProgrammeConfig(parseJson(programme.get("config")) || {});
  let locked = false;
  try {
    const sa = app.findFirstRecordByFilter("self_assessments", "enrollment = {:e} && month = {:m}", { e: enrollment.id, m: month });
    locked = sa.getBool("locked");
  } catch (_) { /* not filed */ }
  return domain.monthKept(month, { today: domain.today(), dueDay: config.selfAssessmentDueDay, locked });
}

/** Whether a meeting or plan task record is kept (its enrollment in the pilot or after, its month kept). */
function recordKept(app, collection, record) {
  const enrollment = historicEnrollment(app, record.getString("enrollment"));
  if (!enrollment) return null;
  const month = monthOf(collection, record);
  return kept(app, enrollment, month) ? month : null;
}

const WHAT = { meetings: "buổi sinh hoạt", plan_tasks: "bước công việc" };

/** Refuses deleting a kept meeting or plan task (400, in Vietnamese). */
function checkDelete(app, collection, record) {
  const month = recordKept(app, collection, record);
  if (month) {
    throw new BadRequestError("Không thể xóa " + WHAT[collection] + " của tháng " + monthLabel(month) +
      ": tháng này đã khóa hoặc đã quá hạn tự đánh giá, hồ sơ được lưu giữ để làm căn cứ xếp loại.");
  }
}

/** Refuses moving a kept meeting or plan task out of its month (400). */
function checkUpdate(app, collection, record) {
  const before = record.original();
  if (monthOf(collection, before) === monthOf(collection, record)) return;
  const month = recordKept(app, collection, before);
  if (month) {
    throw new BadRequestError("Không thể chuyển " + WHAT[collection] + " sang tháng khác: tháng " + monthLabel(month) +
      " đã khóa hoặc đã quá hạn tự đánh giá, hồ sơ được lưu giữ.");
  }
}

/** Refuses deleting a member named in a kept meeting (absent) or kept plan task (assignee). */
function checkMemberDelete(app, member) {
  const named = app.findRecordsByFilter("meetings", "absentees ~ {:m}", "", 0, 0, { m: member.id })
    .some((m) => !!recordKept(app, "meetings", m)) ||
    app.findRecordsByFilter("plan_tasks", "assignee = {:m}", "", 0, 0, { m: member.id })
      .some((t) => !!recordKept(app, "plan_tasks", t));
  if (named) {
    throw new BadRequestError("Không thể xóa đảng viên " + member.getString("name") +
      ": đảng viên có tên trong biên bản sinh hoạt hoặc bước công việc của tháng đã khóa hoặc đã quá hạn. " +
      "Hãy đánh dấu đảng viên không còn sinh hoạt thay vì xóa.");
  }
}

module.exports = { checkDelete, checkUpdate, checkMemberDelete };
