// Checks on an inspector's review note that API rules cannot express (pb_hooks/review_notes.pb.js).

/**
 * The meeting a note refers to is a meeting of the note's own enrollment. Another cell's meeting
 * and an id that does not exist get the same answer, so the answer never tells that an id exists.
 * The visit falls within the programme's window of years.
 */
function checkNote(app, record) {
  const meeting = record.getString("meeting");
  if (meeting && (record.isNew() || record.original().getString("meeting") !== meeting)) {
    const row = new DynamicModel({ enrollment: "" });
    let owner = "";
    try {
      app.db().newQuery("SELECT COALESCE(enrollment, '') AS enrollment FROM meetings WHERE id = {:id}").bind({ id: meeting }).one(row);
      owner = row.enrollment;
    } catch (_) {
      owner = "";
    }
    if (!owner || owner !== record.getString("enrollment")) {
      const message = "Buổi sinh hoạt được chọn không thuộc hồ sơ của chi bộ này.";
      throw new BadRequestError(message, { meeting: new ValidationError("not_enrollment_meeting", message) });
    }
  }
  require(`${__hooks}/lib/input.js`).checkDateWindow(app, record, ["visitedOn"]);
}

module.exports = { checkNote };
