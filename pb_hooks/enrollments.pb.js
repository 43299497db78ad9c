/// <reference path="../pb_data/types.d.ts" />
// Enrollment records: the server fills what the client must not choose (initial state, the
// copies used by scope rules and quotas), and refuses lifecycle fields on the records API.
// State changes go through lifecycle.pb.js only.

onRecordCreate((e) => {
  const cell = e.app.findRecordById("units", e.record.getString("cell"));
  if (cell.getString("kind") !== "cell") {
    throw new BadRequestError("Chỉ chi bộ mới đăng ký tham gia chương trình.", {
      cell: new ValidationError("not_cell", "Đơn vị này không phải là chi bộ."),
    });
  }
  const programme = e.app.findRecordById("programmes", e.record.getString("programme"));
  e.record.set("path", cell.getString("path"));
  // Lists sort by the cell's name from this copy and its index (lib/tree.js follows a rename).
  e.record.set("cellName", cell.getString("name"));
  e.record.set("cellType", cell.getString("cellType"));
  e.record.set("year", programme.getInt("year"));
  if (!e.record.getString("state")) {
    e.record.set("state", "draft");
    e.record.set("step", 0);
    e.record.set("version", 0);
    e.record.set("awaiting", cell.id);
    // The business clock (KIEUMAU_TODAY), not the record timestamp's: reminders count from it.
    const domain = require(`${__hooks}/lib/generated/domain.cjs`);
    e.record.set("stateChangedAt", new DateTime(domain.now().toISOString().replace("T", " ")));
  }
  e.next();
}, "enrollments");

onRecordCreateRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    const f = require(`${__hooks}/lib/enrollment-fields.js`);
    const keys = Object.keys(e.requestInfo().body || {});
    const refused = f.refusedKeys(keys, ["cell", "programme"].concat(f.REGISTRATION_FIELDS));
    if (refused.length) {
      throw new ForbiddenError("Không được đặt các trường do quy trình quản lý: " + refused.join(", "));
    }
    const programme = e.app.findRecordById("programmes", e.record.getString("programme"));
    if (programme.getString("status") === "closed") {
      throw new BadRequestError("Chương trình đã kết thúc, không nhận đăng ký mới.");
    }
    // A draft is still being written by its committee: cells register once it is issued.
    if (programme.getString("status") === "draft") {
      throw new BadRequestError("Chương trình chưa ban hành, chưa nhận đăng ký.");
    }
  }
  e.next();
}, "enrollments");

onRecordUpdateRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    const f = require(`${__hooks}/lib/enrollment-fields.js`);
    const keys = Object.keys(e.requestInfo().body || {});
    const allowed = f.writableOnUpdate(e.auth.getString("role"), e.record.original().getString("state"));
    const refused = f.refusedKeys(keys, allowed);
    if (refused.length) {
      throw new ForbiddenError("Không được sửa các trường này ở bước hiện tại: " + refused.join(", "));
    }
    if (keys.some((k) => /^(supervisor|inspectors)[+-]?$/.test(k))) {
      const problem = f.supervisionProblem(e.app, e.record) || f.ownPartProblem(e.app, e.auth, e.record);
      if (problem) {
        throw new BadRequestError(problem.message, { [problem.field]: new ValidationError("outside_committees", problem.message) });
      }
    }
  }
  e.next();
}, "enrollments");
