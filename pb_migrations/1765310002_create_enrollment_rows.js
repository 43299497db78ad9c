/// <reference path="../pb_data/types.d.ts" />
// enrollment_rows: an enrollment as the lists show it (src/lib/server/enrollments.ts EnrollmentRow),
// one narrow row with the programme's and the awaited committee's names joined in: 14 columns
// instead of 30 and two expands (each expand loads whole records and checks their rules). The
// rule's columns (cell, path, supervisor, inspectors) are in it, and its rules are the enrollments'
// own, copied, so it shows exactly what the records API shows. SQLite reads it as the enrollments
// table: `sort=cellName` walks idx_enrollments_cell_name, a path range seeks idx_enrollments_path_bin.
migrate((app) => {
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const view = new Collection({
    type: "view",
    name: "enrollment_rows",
    listRule: enrollments.listRule,
    viewRule: enrollments.viewRule,
    viewQuery:
      "SELECT e.id AS id, e.cell AS cell, e.cellName AS cellName, e.path AS path, e.state AS state, e.step AS step, " +
      "e.year AS year, e.cellType AS cellType, e.stateChangedAt AS stateChangedAt, e.supervisor AS supervisor, " +
      "e.inspectors AS inspectors, e.created AS created, p.name AS programmeName, a.name AS awaitingName " +
      "FROM enrollments e LEFT JOIN programmes p ON p.id = e.programme LEFT JOIN units a ON a.id = e.awaiting",
  });
  app.save(view);
}, (app) => {
  app.delete(app.findCollectionByNameOrId("enrollment_rows"));
});
