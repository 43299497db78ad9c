/// <reference path="../pb_data/types.d.ts" />
// enrollments.pilotSince: the day (product clock, Vietnam) the cell entered its pilot. The months
// it owes a self-assessment start there, so a cell that enters the pilot in December owes nothing
// for January to November. A business date, set by the lifecycle (never by the records API);
// existing enrolments take the day of their first transition to "pilot".
migrate((app) => {
  const c = app.findCollectionByNameOrId("enrollments");
  c.fields.add(new DateField({ name: "pilotSince" }));
  app.save(c);
  app.db().newQuery(
    "UPDATE enrollments SET pilotSince = (SELECT MIN(t.created) FROM transitions t WHERE t.enrollment = enrollments.id AND t.[[to]] = 'pilot') " +
    "WHERE EXISTS (SELECT 1 FROM transitions t WHERE t.enrollment = enrollments.id AND t.[[to]] = 'pilot')"
  ).execute();
}, (app) => {
  const c = app.findCollectionByNameOrId("enrollments");
  c.fields.removeByName("pilotSince");
  app.save(c);
});
