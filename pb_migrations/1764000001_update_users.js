/// <reference path="../pb_data/types.d.ts" />
// Every account belongs to one unit (a cell for secretaries, a committee for officers and
// inspectors) and has one role. Role and unit are set by officers/superusers, never by the user.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  const units = app.findCollectionByNameOrId("units");
  users.fields.add(new SelectField({
    name: "role", required: true, maxSelect: 1,
    values: ["secretary", "officer", "inspector", "viewer"],
  }));
  users.fields.add(new RelationField({
    name: "unit", required: true, collectionId: units.id, maxSelect: 1, cascadeDelete: false,
  }));
  users.fields.add(new TextField({ name: "phone", max: 20 }));
  // The name is shown everywhere (audit trail, assignments): make it mandatory.
  const name = users.fields.getByName("name");
  name.required = true;
  name.max = 120;

  const self = "id = @request.auth.id";
  const officerOverSubtree = '(@request.auth.role = "officer" && @request.auth.unit != "" && unit.path ~ @request.auth.unit.path)';
  users.listRule = `@request.auth.id != "" && (${self} || ${officerOverSubtree})`;
  users.viewRule = users.listRule;
  users.createRule = null;
  users.updateRule = `${self} && @request.body.role:isset = false && @request.body.unit:isset = false && @request.body.verified:isset = false`;
  users.deleteRule = null;
  users.indexes.push("CREATE INDEX idx_users_unit ON users (unit)");
  users.indexes.push("CREATE INDEX idx_users_role ON users (role)");
  app.save(users);
}, (app) => {
  const users = app.findCollectionByNameOrId("users");
  users.indexes = users.indexes.filter((i) => !i.includes("idx_users_unit") && !i.includes("idx_users_role"));
  users.fields.removeByName("role");
  users.fields.removeByName("unit");
  users.fields.removeByName("phone");
  const name = users.fields.getByName("name");
  name.required = false;
  name.max = 255;
  users.listRule = "id = @request.auth.id";
  users.viewRule = "id = @request.auth.id";
  users.createRule = "";
  users.updateRule = "id = @request.auth.id";
  users.deleteRule = "id = @request.auth.id";
  app.save(users);
});
