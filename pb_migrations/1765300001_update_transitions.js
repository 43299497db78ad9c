/// <reference path="../pb_data/types.d.ts" />
// transitions.toUnitName: the committee the file waits for after this step (set by the lifecycle
// route), so the history can say what an intermediate approval did ("Đảng ủy xã An Vũ phê duyệt,
// chuyển Huyện ủy Quỳnh Phụ") instead of "Chờ lựa chọn → Chờ lựa chọn".
migrate((app) => {
  const c = app.findCollectionByNameOrId("transitions");
  c.fields.add(new TextField({ name: "toUnitName", max: 200 }));
  app.save(c);
}, (app) => {
  const c = app.findCollectionByNameOrId("transitions");
  c.fields.removeByName("toUnitName");
  app.save(c);
});
