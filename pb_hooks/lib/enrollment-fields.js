// Which enrollment fields each role may write through the plain records API.
// Lifecycle fields are never among them: they change only through the events route.

const LIFECYCLE_FIELDS = [
  "state", "step", "version", "awaiting", "submittedBy", "stateChangedAt", "reviewConcluded",
  "score", "rating", "decisionNo", "decisionDate", "decisionSigner",
];
const COPIED_FIELDS = ["path", "cellType", "year"];
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

module.exports = { LIFECYCLE_FIELDS, COPIED_FIELDS, REGISTRATION_FIELDS, SUPERVISION_FIELDS, writableOnUpdate, refusedKeys };
