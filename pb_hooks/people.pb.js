/// <reference path="../pb_data/types.d.ts" />
// The people named on a cell's file: its supervisor, its inspectors and the inspectors who filed
// review notes, with their committees. A committee deciding the cell may not read the user
// records of a higher committee (users' rules stop at one's own subtree), yet must know who
// was assigned and who filed. Answered only to someone who may view the enrollment, and not to
// the cell itself (its secretary), whose view of committee staff stays as it was.
routerAdd("GET", "/api/enrollments/{id}/people", (e) => {
  if (!e.auth) return e.json(401, { status: 401, message: "Vui lòng đăng nhập.", data: {} });
  const { findVisible } = require(`${__hooks}/lib/lifecycle-service.js`);
  const enrollment = findVisible(e, e.request.pathValue("id"));
  if (!enrollment || e.auth.getString("role") === "secretary") {
    return e.json(404, { status: 404, message: "Không tìm thấy hồ sơ.", data: {} });
  }
  const ids = [];
  const add = (id) => { if (id && ids.indexOf(id) < 0) ids.push(id); };
  add(enrollment.getString("supervisor"));
  enrollment.getStringSlice("inspectors").forEach(add);
  e.app.findRecordsByFilter("review_notes", "enrollment = {:id}", "", 0, 0, { id: enrollment.id })
    .forEach((n) => add(n.getString("inspector")));
  if (!ids.length) return e.json(200, { people: [] });
  const people = e.app.findRecordsByIds("users", ids).map((u) => {
    let unitName = "";
    try { unitName = e.app.findRecordById("units", u.getString("unit")).getString("name"); } catch (_) { /* no unit */ }
    return { id: u.id, name: u.getString("name"), role: u.getString("role"), unit: u.getString("unit"), unitName };
  });
  return e.json(200, { people });
});
