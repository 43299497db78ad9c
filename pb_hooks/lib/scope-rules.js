// The scope clauses of the API rules, in one place, required by the migrations.
// A subtree is a contains-match on the materialised path: ids are unique, so "/<unitId>/"
// appears in a path exactly when the record lies under that unit.
// Append-only: a rule change is a new export used by a new migration, so that replaying old
// migrations on a fresh database still produces the schema they produced then.

const AUTHED = '@request.auth.id != "" && @request.auth.unit != ""';

/** Who may read a record that belongs to an enrollment. `p` is the path to the enrollment: "" or "enrollment.". */
function enrollmentRead(p) {
  return AUTHED + " && (" +
    `(@request.auth.role = "secretary" && ${p}cell = @request.auth.unit)` +
    ` || ((@request.auth.role = "officer" || @request.auth.role = "viewer") && ${p}path ~ @request.auth.unit.path)` +
    ` || (@request.auth.role = "inspector" && (${p}inspectors.id ?= @request.auth.id || ${p}supervisor = @request.auth.id)))`;
}

/** The cell's secretary writing the cell's own records while the enrollment is in one of `states`. */
function cellWrite(p, states) {
  const inState = states.map((s) => `${p}state = "${s}"`).join(" || ");
  return `@request.auth.role = "secretary" && @request.auth.unit != "" && ${p}cell = @request.auth.unit && (${inState})`;
}

/**
 * An officer of a committee above the cell changing only the `locked` flag of the cell's record:
 * the committee closes a month's self-assessment once it has checked it, or opens it again.
 * (Only the flag: pb_hooks/self_assessments.pb.js refuses any other field from an officer.)
 */
function committeeLock(p) {
  return `@request.auth.role = "officer" && @request.auth.unit != "" && ${p}path ~ @request.auth.unit.path && @request.body.locked:isset = true`;
}

module.exports = { AUTHED, enrollmentRead, cellWrite, committeeLock };
