/// <reference path="../pb_data/types.d.ts" />
// Monthly self-assessments: total and rating are computed here from the scores (lib/assessment.js),
// once per filing: an update that leaves the scores alone keeps them as filed, so later edits of
// the programme's framework or thresholds never rewrite a past month.

onRecordUpdate((e) => {
  const { rescoreIfRefiled } = require(`${__hooks}/lib/assessment.js`);
  rescoreIfRefiled(e.app, e.record);
  e.next();
}, "self_assessments");

// A create through the records API (the app, a batch, the seed) runs in ONE JS worker: this request
// hook does all of it before e.next(): the body's types (lib/input.js), the author (the signed-in
// secretary, whatever the body says), the texts in NFC, and the score (lib/assessment.js). There
// is no model hook for the create: PocketBase holds a JS worker for every hook level a request
// passes until its e.next() returns, so request hook + model hooks tied up two or three workers
// per create and, past the pool, built throwaway ones (issue 12). Nothing creates self-assessments
// other than through the records API (lib/ has no such save); an update still has model hooks.
// The score is computed only for a caller the create rule can let through (a superuser, or the
// secretary of the enrollment's cell): anyone else gets the rule's refusal, not the criteria. A
// record left unscored carries total -1, which the field (0–100) refuses: if a rule ever let
// such a caller through, the create fails rather than store a total nobody computed.
onRecordCreateRequest((e) => {
  const input = require(`${__hooks}/lib/input.js`);
  input.checkRequest(e);
  if (!e.hasSuperuserAuth() && e.auth) e.record.set("submittedBy", e.auth.id);
  input.normaliseText(e.record);
  const { scoreAssessment, mayBeScoredBy } = require(`${__hooks}/lib/assessment.js`);
  if (mayBeScoredBy(e)) scoreAssessment(e.app, e.record);
  else e.record.set("total", -1);
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
