/// <reference path="../pb_data/types.d.ts" />
// Monthly self-assessments: total and rating are computed here from the scores (lib/assessment.js),
// once per filing: an update that leaves the scores alone keeps them as filed, so later edits of
// the programme's framework or thresholds never rewrite a past month.

onRecordCreate((e) => {
  const { scoreAssessment } = require(`${__hooks}/lib/assessment.js`);
  scoreAssessment(e.app, e.record);
  e.next();
}, "self_assessments");

onRecordUpdate((e) => {
  const { rescoreIfRefiled } = require(`${__hooks}/lib/assessment.js`);
  rescoreIfRefiled(e.app, e.record);
  e.next();
}, "self_assessments");

// The author is the signed-in secretary, whatever the body says; values of the wrong type are
// refused before PocketBase casts them (lib/input.js).
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  if (!e.hasSuperuserAuth() && e.auth) e.record.set("submittedBy", e.auth.id);
  e.next();
}, "self_assessments");

// An officer may only lock or reopen a month (the update rule lets officers through only with
// `locked` in the body); anything else in the same request is refused, so a committee can never
// change what the cell filed.
// Who filed a month stays as it was filed: nobody but a superuser rewrites submittedBy.
onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  if (!e.hasSuperuserAuth()) {
    const keys = Object.keys(e.requestInfo().body || {});
    if (keys.some((k) => k.replace(/^[+]|[+-]$/g, "") === "submittedBy")) {
      const message = "Không được sửa người nộp bản tự đánh giá.";
      throw new BadRequestError(message, { submittedBy: new ValidationError("fixed_after_create", message) });
    }
  }
  if (!e.hasSuperuserAuth() && e.auth && e.auth.getString("role") === "officer") {
    const keys = Object.keys(e.requestInfo().body || {});
    if (keys.some((k) => k !== "locked")) {
      throw new ForbiddenError("Cấp ủy chỉ khóa hoặc mở khóa bản tự đánh giá, không sửa nội dung chi bộ đã nộp.");
    }
  }
  e.next();
}, "self_assessments");
