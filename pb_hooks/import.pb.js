/// <reference path="../pb_data/types.d.ts" />
// Importing units, cells and members from a spreadsheet, for officers, into their own subtree.
// The dry run checks the whole file and writes nothing of it; the apply writes the checked rows a
// chunk at a time. Logic: lib/import.js, rules: src/lib/domain/import (bundled).

routerAdd("POST", "/api/imports/dry-run", (e) => {
  const { dryRun } = require(`${__hooks}/lib/import.js`);
  const out = dryRun(e);
  return e.json(out.status, out.body);
});

routerAdd("POST", "/api/imports/{id}/apply", (e) => {
  const { applyNext } = require(`${__hooks}/lib/import.js`);
  const out = applyNext(e);
  return e.json(out.status, out.body);
});

cronAdd("imports-purge", "40 2 * * *", () => {
  require(`${__hooks}/lib/import.js`).purgeStale($app);
});
