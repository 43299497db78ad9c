// Which enrollment fields each role may write through the plain records API.
// Lifecycle fields are never among them: they change only through the events route.

const LIFECYCLE_FIELDS = [
  "state", "step", "version", "awaiting", "submittedBy", "stateChangedAt", "reviewConcluded",
  "score", "rating", "decisionNo", "decisionDate", "decisionSigner", "pilotSince",
];
const COPIED_FIELDS = ["path", "cellType", "year", "cellName"];
const REGISTRATION_FIELDS = ["goals", "commitments", "emphasis", "contactName", "contactPhone"];
const SUPERVISION_FIELDS = ["supervisor", "inspectors"];

/** Fields a role may set when updating, given the enrollment's current state. */
function writableOnUpdate(role, state) {
  if (role === "secretary") return state === "draft" ? REGISTRATION_FIELDS : [];
  if (role === "officer") return SUPERVISION_FIELDS;
  return [];
}

/** Body keys that name a real field but are not allowed; "" when all are allowed. */
function refusedKeys(bodyKeys, allowed) {
  const known = LIFECYCLE_FIELDS.concat(COPIED_FIELDS, REGISTRATION_FIELDS, SUPERVISION_FIELDS, ["cell", "programme"]);
  return bodyKeys.filter((k) => {
    const base = k.replace(/[+-]$/, ""); // "inspectors+" appends to a multi-relation
    return known.indexOf(base) >= 0 && allowed.indexOf(base) < 0;
  });
}

/**
 * Why the supervision chosen on `record` is refused, or "". Being named supervisor or inspector
 * opens the cell's records to that person, so only people of the committees above the cell may
 * be named: the supervisor an officer or inspector, each inspector an inspector.
 */
function supervisionProblem(app, record) {
  const path = record.getString("path");
  const cell = record.getString("cell");
  const roleAbove = (userId) => {
    try {
      const user = app.findRecordById("users", userId);
      const unit = user.getString("unit");
      return unit && unit !== cell && path.indexOf("/" + unit + "/") >= 0 ? user.getString("role") : "";
    } catch (_) {
      return "";
    }
  };
  const supervisor = record.getString("supervisor");
  if (supervisor && ["officer", "inspector"].indexOf(roleAbove(supervisor)) < 0) {
    return { field: "supervisor", message: "Người phụ trách phải là cán bộ của cấp ủy quản lý chi bộ này." };
  }
  const outsider = record.getStringSlice("inspectors").find((id) => roleAbove(id) !== "inspector");
  if (outsider) return { field: "inspectors", message: "Người kiểm tra phải là cán bộ kiểm tra của cấp ủy quản lý chi bộ này." };
  return null;
}

/**
 * Why an officer's change to the supervision of `record` is refused, or null: each committee
 * edits its own part and keeps the others'. Someone a higher committee assigned (a person of a
 * committee outside the officer's subtree) may not be taken off or replaced by a committee
 * below it; adding people of the cell's committees stays open to every officer above the cell.
 */
function ownPartProblem(app, auth, record) {
  const authUnit = auth.getString("unit");
  const person = (userId) => {
    try {
      const user = app.findRecordById("users", userId);
      const unit = app.findRecordById("units", user.getString("unit"));
      return { name: user.getString("name"), unitName: unit.getString("name"), mine: unit.getString("path").indexOf("/" + authUnit + "/") >= 0 };
    } catch (_) {
      return { name: "", unitName: "", mine: false };
    }
  };
  const refuse = (field, who) => {
    const message = "Không được thay đổi người do cấp ủy cấp trên phân công" + (who.name ? " (" + who.name + ", " + who.unitName + ")" : "") + ".";
    return { field, message };
  };
  const before = record.original();
  const oldSup = before.getString("supervisor");
  if (oldSup && oldSup !== record.getString("supervisor")) {
    const who = person(oldSup);
    if (!who.mine) return refuse("supervisor", who);
  }
  const now = record.getStringSlice("inspectors");
  const removed = before.getStringSlice("inspectors").filter((id) => now.indexOf(id) < 0);
  for (let i = 0; i < removed.length; i++) {
    const who = person(removed[i]);
    if (!who.mine) return refuse("inspectors", who);
  }
  return null;
}

module.exports = { ownPartProblem, LIFECYCLE_FIELDS, COPIED_FIELDS, REGISTRATION_FIELDS, SUPERVISION_FIELDS, writableOnUpdate, refusedKeys, supervisionProblem };
