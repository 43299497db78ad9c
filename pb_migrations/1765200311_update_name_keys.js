/// <reference path="../pb_data/types.d.ts" />
// units.nameKey and users.nameKey: the name folded for search (lower case, no diacritics, đ → d:
// src/lib/domain/text.ts foldText), kept by pb_hooks/text.pb.js on every save, so that "thuy xuan"
// finds "Thụy Xuân" however it was typed. Existing names are stored in NFC and given their key here.
migrate((app) => {
  const { foldText } = require(`${__hooks}/lib/generated/domain.cjs`);
  ["units", "users"].forEach((name) => {
    const c = app.findCollectionByNameOrId(name);
    c.fields.add(new TextField({ name: "nameKey", max: 200 }));
    c.indexes.push(`CREATE INDEX idx_${name}_name_key ON ${name} (nameKey)`);
    app.save(c);
    const rows = arrayOf(new DynamicModel({ id: "", name: "" }));
    app.db().newQuery(`SELECT id, COALESCE(name, '') AS name FROM ${name}`).all(rows);
    rows.forEach((r) => {
      const composed = r.name.normalize("NFC");
      app.db().newQuery(`UPDATE ${name} SET name = {:name}, nameKey = {:key} WHERE id = {:id}`)
        .bind({ id: r.id, name: composed, key: foldText(composed).slice(0, 200) }).execute();
    });
  });
}, (app) => {
  ["units", "users"].forEach((name) => {
    const c = app.findCollectionByNameOrId(name);
    c.indexes = c.indexes.filter((i) => i.indexOf(`idx_${name}_name_key`) < 0);
    c.fields.removeByName("nameKey");
    app.save(c);
  });
});
