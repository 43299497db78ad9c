/// <reference path="../pb_data/types.d.ts" />
// `maxima`: the criteria (code → maximum score) a self-assessment was scored against, set by
// pb_hooks/lib/assessment.js when the scores are filed. With it, and with total and rating kept
// as filed unless the scores themselves change, editing the framework of a running programme
// never rewrites past assessments. Assessments filed before this field keep their total anyway.
migrate((app) => {
  const c = app.findCollectionByNameOrId("self_assessments");
  c.fields.add(new JSONField({ name: "maxima", maxSize: 20000 }));
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("self_assessments");
  c.fields.removeByName("maxima");
  app.save(c);
});
