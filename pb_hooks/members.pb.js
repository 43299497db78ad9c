/// <reference path="../pb_data/types.d.ts" />
// units.memberCount follows the member records: a member who joins, leaves, stops attending or
// changes cell moves the totals of the cells and every committee above them, in the same
// transaction as the change. Logic: lib/member-counts.js.

onRecordCreate((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    e.next();
    require(`${__hooks}/lib/member-counts.js`).memberChanged(e.app, null, e.record);
  });
}, "members");

onRecordUpdate((e) => {
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
