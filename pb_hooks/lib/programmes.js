// Programmes and their criteria framework on the server: copying last year's programme, saving
// the framework as a whole, and the checks every write of a programme goes through (valid
// rules, one programme per owner and year, draft → active → closed, no activation of a
// framework that does not score every cell type out of 100).
//
// Who may write: officers of the owning unit only (migration 1764700000). The criteria records
// API is closed to everyone but superusers (migration 1764700001): the framework changes only
// through PUT /api/programmes/{id}/framework, which checks the result as a whole, so an active
// programme's framework is never left summing to 98 between two single-record edits.

const domain = require(`${__hooks}/lib/generated/domain.cjs`);

const { fail, fieldFail, parseJson, findVisible: visible } = require(`${__hooks}/lib/http.js`);

function configOf(record) {
  return domain.parseProgrammeConfig(parseJson(record.get("config")) || {});
}

/** The programme as the caller may see it, or null (missing and hidden look alike: 404). */
function findVisible(e, id) {
  return visible(e, "programmes", id);
}

/** Only officers of the owning committee change a programme (superusers too, for setup). */
function mayEdit(e, programme) {
  if (e.hasSuperuserAuth()) return true;
  const auth = e.auth;
  return !!auth && auth.collection().name === "users" && auth.getString("role") === "officer" &&
    auth.getString("unit") === programme.getString("owner");
}

/** Common gatekeeping of the programme routes: 401, 404, 403; null when the caller may act. */
function guard(e, programme) {
  if (!e.auth) return fail(401, "Vui lòng đăng nhập.");
  if (!programme) return fail(404, "Không tìm thấy chương trình.");
  if (!mayEdit(e, programme)) return fail(403, "Chỉ cán bộ của cấp ủy ban hành chương trình mới được sửa chương trình này.");
  return null;
}

/** The criteria of a programme as plain rows, in framework order. */
function criteriaRows(app, programmeId) {
  return app.findRecordsByFilter("criteria", "programme = {:p}", "order,code", 0, 0, { p: programmeId }).map((c) => ({
    record: c,
    code: c.getString("code"),
    title: c.getString("title"),
    group: c.getInt("group"),
    maxScore: c.getFloat("maxScore"),
    cellTypes: c.get("cellTypes") || [],
    guidance: c.getString("guidance"),
    order: c.getInt("order"),
  }));
}

function duplicateYear(app, ownerId, year, exceptId) {
  const n = app.countRecords("programmes", $dbx.exp("owner = {:o} AND year = {:y} AND id != {:id}", { o: ownerId, y: year, id: exceptId || "" }));
  return n > 0;
}

function duplicateMessage(year) {
  return "Cấp ủy này đã có chương trình năm " + year + ". Mỗi cấp ủy chỉ có một chương trình mỗi năm.";
}

/**
 * POST /api/programmes/{id}/copy {year, name}: a new draft programme of the same owner, with the
 * source's description, rules and every criterion, written in one transaction.
 */
function copyProgramme(e) {
  const source = findVisible(e, e.request.pathValue("id"));
  const refused = guard(e, source);
  if (refused) return refused;
  const input = domain.parseCopyInput(e.requestInfo().body || {});
  if (!input.ok) return fieldFail(input.errors, "Thông tin chương trình mới chưa hợp lệ.");
  const { year, name } = input.data;
  const owner = source.getString("owner");
  if (duplicateYear(e.app, owner, year)) return fieldFail({ year: duplicateMessage(year) });

  let created = null;
  e.app.runInTransaction((txApp) => {
    // Checked again inside the transaction: two officers copying at once make one programme.
    if (duplicateYear(txApp, owner, year)) throw new BadRequestError(duplicateMessage(year), { year: new ValidationError("duplicate", duplicateMessage(year)) });
    const programmes = txApp.findCollectionByNameOrId("programmes");
    const copy = new Record(programmes);
    copy.set("name", name);
    copy.set("year", year);
    copy.set("owner", owner);
    copy.set("description", source.getString("description"));
    copy.set("status", "draft");
    copy.set("config", configOf(source));
    txApp.save(copy);
    const criteria = txApp.findCollectionByNameOrId("criteria");
    criteriaRows(txApp, source.id).forEach((c) => {
      const r = new Record(criteria);
      r.set("programme", copy.id);
      ["code", "title", "group", "maxScore", "cellTypes", "guidance", "order"].forEach((f) => r.set(f, c[f]));
      txApp.save(r);
    });
    created = copy;
  });
  return { status: 200, body: created };
}

/**
 * PUT /api/programmes/{id}/framework {groups, criteria}: the whole framework, checked as a whole
 * (codes unique, groups known, every cell type summing to 100), then written in one transaction:
 * config.groups, and the criteria updated, added or removed to match.
 *
 * Removing or re-scoring a criterion never changes a filed self-assessment: each keeps the
 * total, rating and criteria maxima it was filed with (lib/assessment.js).
 */
function saveFramework(e) {
  const programme = findVisible(e, e.request.pathValue("id"));
  const refused = guard(e, programme);
  if (refused) return refused;
  if (programme.getString("status") === "closed") return fail(400, "Chương trình đã kết thúc, không sửa khung tiêu chí được nữa.");
  const input = domain.parseFrameworkInput(e.requestInfo().body || {});
  if (!input.ok) return fieldFail(input.errors, "Khung tiêu chí chưa hợp lệ, vui lòng kiểm tra lại.");
  const { groups, criteria } = input.data;
  const order = domain.orderOf(criteria);

  e.app.runInTransaction((txApp) => {
    const fresh = txApp.findRecordById("programmes", programme.id);
    const config = configOf(fresh);
    config.groups = groups;
    fresh.set("config", config);
    txApp.save(fresh);

    const existing = {};
    criteriaRows(txApp, programme.id).forEach((c) => { existing[c.record.id] = c.record; });
    const keep = {};
    criteria.forEach((c) => { if (c.id && existing[c.id]) keep[c.id] = true; });
    Object.keys(existing).forEach((id) => { if (!keep[id]) txApp.delete(existing[id]); });
    // Codes are unique per programme (index): a row whose code changes first takes a
    // placeholder, so that swapping two codes in one edit does not collide half-way.
    criteria.forEach((c) => {
      const r = c.id && existing[c.id];
      if (r && r.getString("code") !== c.code) {
        r.set("code", "_" + r.id);
        txApp.save(r);
      }
    });
    const collection = txApp.findCollectionByNameOrId("criteria");
    criteria.forEach((c, i) => {
      let r = c.id && existing[c.id];
      if (!r) {
        r = new Record(collection);
        r.set("programme", programme.id);
      }
      r.set("code", c.code);
      r.set("title", c.title);
      r.set("group", c.group);
      r.set("maxScore", c.maxScore);
      r.set("cellTypes", c.cellTypes);
      r.set("guidance", c.guidance);
      r.set("order", order[i]);
      txApp.save(r);
    });
  });
  return { status: 200, body: { groups, criteria: criteriaRows(e.app, programme.id).map((c) => ({ id: c.record.id, code: c.code })) } };
}

const FLOW = { draft: ["draft", "active"], active: ["active", "closed"], closed: ["closed"] };

/** Why this framework may not go live, or [] when every cell type sums to 100. */
function activationProblems(app, programmeId, config) {
  const rows = criteriaRows(app, programmeId);
  return domain.checkFramework(rows, config.groups).problems.map((p) => p.message);
}

/**
 * The checks of a programme create or update by anyone but a superuser (records API):
 * valid rules, one programme per owner and year, a created programme starts as a draft, status
 * only moves draft → active → closed, activation needs a framework summing to 100 for every
 * type, the year changes only while a draft, and a closed programme no longer changes.
 */
function checkWrite(app, record, original) {
  const check = domain.checkProgrammeConfig(parseJson(record.get("config")) || {});
  if (!check.ok) {
    throw new BadRequestError("Cấu hình chương trình chưa hợp lệ: " + check.messages.join("; "), {
      config: new ValidationError("invalid_config", check.messages.join("; ")),
    });
  }
  const status = record.getString("status") || "draft";
  const before = original ? (original.getString("status") || "draft") : null;
  if (!original && status !== "draft") {
    throw new BadRequestError("Chương trình mới phải bắt đầu ở trạng thái dự thảo.", { status: new ValidationError("not_draft", "Chương trình mới phải bắt đầu ở trạng thái dự thảo.") });
  }
  record.set("status", status);
  if (original) {
    if (before === "closed") throw new BadRequestError("Chương trình đã kết thúc, không sửa được nữa.");
    if (FLOW[before].indexOf(status) < 0) {
      const msg = "Không thể chuyển chương trình từ “" + domain.PROGRAMME_STATUS_LABELS[before] + "” sang “" + domain.PROGRAMME_STATUS_LABELS[status] + "”.";
      throw new BadRequestError(msg, { status: new ValidationError("invalid_transition", msg) });
    }
    if (record.getInt("year") !== original.getInt("year") && before !== "draft") {
      const msg = "Chỉ sửa được năm khi chương trình còn là dự thảo.";
      throw new BadRequestError(msg, { year: new ValidationError("year_locked", msg) });
    }
    if (before === "draft" && status === "active") {
      const problems = activationProblems(app, record.id, check.config);
      if (problems.length) {
        const msg = "Chưa kích hoạt được: " + problems.join(" ");
        throw new BadRequestError(msg, { status: new ValidationError("framework_incomplete", msg) });
      }
    }
  }
  if (!original || record.getInt("year") !== original.getInt("year")) {
    const year = record.getInt("year");
    if (duplicateYear(app, record.getString("owner"), year, record.id)) {
      throw new BadRequestError(duplicateMessage(year), { year: new ValidationError("duplicate", duplicateMessage(year)) });
    }
  }
}

module.exports = { copyProgramme, saveFramework, checkWrite, activationProblems };
