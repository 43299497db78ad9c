/// <reference path="../pb_data/types.d.ts" />
// Officers administer their part of the tree and its accounts:
// - units: an officer adds units under any unit of their subtree and edits (renames, moves) the
//   units strictly below their own; a move's destination is in the subtree too. The structure
//   (kinds in order, no cycles, cell fields) and the transaction are pb_hooks/units.pb.js's.
// - units.memberCount counts the active members of the subtree (pb_hooks/members.pb.js); the
//   existing records are counted once here.
// - users: a `disabled` flag (locked accounts keep their history but cannot sign in: authRule),
//   which nobody sets on themselves; accounts are created and changed through /api/accounts
//   (pb_hooks/users.pb.js), so createRule stays null.
migrate((app) => {
  const officer = '@request.auth.role = "officer" && @request.auth.unit != ""';
  const units = app.findCollectionByNameOrId("units");
  units.createRule = `${officer} && @request.body.parent.path ~ @request.auth.unit.path`;
  units.updateRule = `${officer} && path ~ @request.auth.unit.path && id != @request.auth.unit && ` +
    "(@request.body.parent:isset = false || @request.body.parent.path ~ @request.auth.unit.path)";
  app.save(units);

  const users = app.findCollectionByNameOrId("users");
  users.fields.add(new BoolField({ name: "disabled" }));
  users.authRule = "disabled = false";
  users.updateRule = "id = @request.auth.id && @request.body.role:isset = false && @request.body.unit:isset = false && " +
    "@request.body.verified:isset = false && @request.body.disabled:isset = false";
  app.save(users);

  require(`${__hooks}/lib/member-counts.js`).recountAll(app);
}, (app) => {
  const units = app.findCollectionByNameOrId("units");
  units.createRule = null;
  units.updateRule = null;
  app.save(units);
  const users = app.findCollectionByNameOrId("users");
  users.fields.removeByName("disabled");
  users.authRule = "";
  users.updateRule = "id = @request.auth.id && @request.body.role:isset = false && @request.body.unit:isset = false && @request.body.verified:isset = false";
  app.save(users);
});
