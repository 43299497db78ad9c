/// <reference path="../pb_data/types.d.ts" />
// Keeps the dashboard counters (unit_stats) right on every change, in the same transaction as
// the change itself: the write and its counters are saved together or not at all (a write that
// comes without a transaction, such as a registration or a draft deleted through the records
// API, gets one here; inside an existing one, this nests). Logic: lib/stats.js.

onRecordCreate((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    e.next();
    const stats = require(`${__hooks}/lib/stats.js`);
    stats.applyDelta(e.app, e.record, null, stats.bucketOf(e.app, e.record));
  });
}, "enrollments");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    const stats = require(`${__hooks}/lib/stats.js`);
    const before = stats.bucketOf(e.app, e.record.original());
    e.next();
    stats.applyDelta(e.app, e.record, before, stats.bucketOf(e.app, e.record));
  });
}, "enrollments");

onRecordDelete((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    const stats = require(`${__hooks}/lib/stats.js`);
    const before = stats.bucketOf(e.app, e.record);
    e.next();
    stats.applyDelta(e.app, e.record, before, null);
  });
}, "enrollments");

onRecordCreate((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    e.next();
    if (e.record.getString("kind") !== "cell") return;
    require(`${__hooks}/lib/stats.js`).countCell(e.app, e.record.getString("path"), 1, e.record.getBool("isGrassroots") ? 1 : 0);
  });
}, "units");

onRecordDelete((e) => {
  require(`${__hooks}/lib/tree.js`).inTransaction(e, () => {
    e.next();
    if (e.record.getString("kind") !== "cell") return;
    require(`${__hooks}/lib/stats.js`).countCell(e.app, e.record.getString("path"), -1, e.record.getBool("isGrassroots") ? -1 : 0);
  });
}, "units");
