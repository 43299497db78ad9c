/// <reference path="../pb_data/types.d.ts" />
// units.memberCount follows the member records: a member who joins, leaves, stops attending or
// changes cell moves the totals of the cells and every committee above them, in the same
// transaction as the change. Logic: lib/member-counts.js.

// Members belong to a cell (chi bộ), never to a committee: a member there would swell the
// committee's memberCount with someone no cell holds.
onRecordCreate((e) => {
  let cell = null;
  try { cell = e.app.findRecordById("units", e.record.getString("cell")); } catch (_) { cell = null; }
  if (cell && cell.getString("kind") !== "cell") {
    const message = "Đảng viên chỉ được thêm vào chi bộ, không thêm vào cấp ủy.";
    throw new BadRequestError(message, { cell: new ValidationError("not_cell", message) });
  }
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    e.next();
    require(`${__hooks}/lib/member-counts.js`).memberChanged(e.app, null, e.record);
  });
}, "members");

onRecordUpdate((e) => {
  if (e.record.getString("cell") !== e.record.original().getString("cell")) {
    let cell = null;
    try { cell = e.app.findRecordById("units", e.record.getString("cell")); } catch (_) { cell = null; }
    if (cell && cell.getString("kind") !== "cell") {
      const message = "Đảng viên chỉ được thêm vào chi bộ, không thêm vào cấp ủy.";
      throw new BadRequestError(message, { cell: new ValidationError("not_cell", message) });
    }
  }
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    const before = e.record.original();
    e.next();
    require(`${__hooks}/lib/member-counts.js`).memberChanged(e.app, before, e.record);
  });
}, "members");

onRecordDelete((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    e.next();
    require(`${__hooks}/lib/member-counts.js`).memberChanged(e.app, e.record, null);
  });
}, "members");
