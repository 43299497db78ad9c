/// <reference path="../pb_data/types.d.ts" />
// Officers administer their part of the tree and its accounts:
// - units: officers add and edit units through /api/tree/units (pb_hooks/units.pb.js), so the
//   records API stays superuser-only (rules unchanged);
// - units.memberCount counts the active members of the subtree (pb_hooks/members.pb.js); the
//   existing records are counted once here.
// - users: a `disabled` flag (locked accounts keep their history but cannot sign in: authRule),
//   which nobody sets on themselves; accounts are created and changed through /api/accounts
//   (pb_hooks/users.pb.js), so createRule stays null.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  users.fields.add(new BoolField({ name: "disabled" }));
  users.authRule = "disabled = false";
  users.updateRule = "id = @request.auth.id && @request.body.role:isset = false && @request.body.unit:isset = false && " +
    "@request.body.verified:isset = false && @request.body.disabled:isset = false";
  app.save(users);

  // Counted once in SQL written here (not the live hooks' code, so a replay gives the same result):
  // a unit counts the active members of the cells whose path holds its id.
  app.db().newQuery(
    "UPDATE units SET memberCount = (SELECT COUNT(*) FROM members m JOIN units c ON c.id = m.cell " +
    "WHERE m.active = 1 AND instr(c.path, units.id) > 0)"
  ).execute();
}, (app) => {
  app.db().newQuery("UPDATE units SET memberCount = 0").execute();
  const users = app.findCollectionByNameOrId("users");
  users.fields.removeByName("disabled");
  users.authRule = "";
  users.updateRule = "id = @request.auth.id && @request.body.role:isset = false && @request.body.unit:isset = false && @request.body.verified:isset = false";
  app.save(users);
});
