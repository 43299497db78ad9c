/// <reference path="../pb_data/types.d.ts" />
// Programmes: copy to a new year, save the criteria framework as a whole, and the checks on
// every programme write by a user (superusers, i.e. setup and the seed, are trusted).
// Logic: lib/programmes.js, using the domain bundle built from src/lib/domain.

routerAdd("POST", "/api/programmes/{id}/copy", (e) => {
  const { copyProgramme } = require(`${__hooks}/lib/programmes.js`);
  const out = copyProgramme(e);
  return e.json(out.status, out.body);
});

routerAdd("PUT", "/api/programmes/{id}/framework", (e) => {
  const { saveFramework } = require(`${__hooks}/lib/programmes.js`);
  const out = saveFramework(e);
  return e.json(out.status, out.body);
});

onRecordCreateRequest((e) => {
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/programmes.js`).checkWrite(e.app, e.record, null);
  e.next();
}, "programmes");

onRecordUpdateRequest((e) => {
  if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/programmes.js`).checkWrite(e.app, e.record, e.record.original());
  e.next();
}, "programmes");
