// The lifecycle events API: reads what the statechart needs from the database, asks the
// domain bundle (built from src/lib/domain, the same code the UI runs) what may happen, and
// writes the decision, the new state and the audit row in one transaction.
// Contract: docs/domain.md §5, "The lifecycle API".

const domain = require(`${__hooks}/lib/generated/domain.cjs`);


const http = require(`${__hooks}/lib/http.js`);
const fail = http.fail;

/** The enrollment as the caller may see it, or null (missing and hidden look alike: 404). */
function findVisible(e, id) {
  return http.findVisible(e, "enrollments", id);
}

/** The cell's ancestors, root first, as {id, kind, name}. */
function ancestorsOf(app, cellPath) {
  const ids = cellPath.split("/").filter(Boolean);
  ids.pop(); // the cell itself
  const byId = {};
  app.findRecordsByIds("units", ids).forEach((u) => { byId[u.id] = u; });
  return ids.filter((id) => byId[id]).map((id) => ({
    id, kind: byId[id].getString("kind"), name: byId[id].getString("name"),
  }));
}

const chainFor = domain.chainFor;

/** The path prefix of an ancestor's subtree, cut from a descendant's path ("/a/b/c/" → "/a/b/"). */
function subtreePrefix(path, unitId) {
  const at = path.indexOf("/" + unitId + "/");
  return at < 0 ? "/" : path.slice(0, at + unitId.length + 2);
}

function count(app, collection, where, params) {
  return app.countRecords(collection, $dbx.exp(where, params));
}

/** Everything the machine needs to judge an event on this enrollment, read in `app` (maybe a tx). */
function loadSituation(app, enrollment) {
  const programme = app.findRecordById("programmes", enrollment.getString("programme"));
  const config = domain.parseProgrammeConfig(http.parseJson(programme.get("config")) || {});
  const ancestors = ancestorsOf(app, enrollment.getString("path"));
  const state = enrollment.getString("state");
  const gate = domain.gateOf(state);
  const chain = chainFor(config, gate, ancestors);
  const id = enrollment.id;

  const plans = count(app, "plans", "enrollment = {:id}", { id });
  const tasks = count(app, "plan_tasks", "enrollment = {:id}", { id });
  const counts = {
    chainLength: Math.max(1, chain.length),
    registrationFiled: enrollment.getString("goals").trim() !== "",
    planFiled: plans > 0 && tasks > 0,
    selfAssessments: count(app, "self_assessments", "enrollment = {:id}", { id }),
    reviewNotes: count(app, "review_notes", "enrollment = {:id}", { id }),
    quotaUsed: 0,
    excellentCount: 0,
    goodOrBetterCount: 0,
  };
  // Quota and cap counts are only needed at the gates that check them.
  if (state === "selection") {
    const scope = domain.quotaScopeUnit(ancestors);
    const scopePath = scope ? subtreePrefix(enrollment.getString("path"), scope) : "/";
    counts.quotaUsed = count(app, "enrollments",
      "programme = {:p} AND cellType = {:t} AND path LIKE {:scope} AND id != {:id} AND state IN ('" + domain.SELECTED_STATES.join("','") + "')",
      { p: programme.id, t: enrollment.getString("cellType"), scope: scopePath + "%", id });
  }
  if (state === "classification") {
    // The cap's peers: the cells of the same grassroots committee; a chi bộ cơ sở (no grassroots
    // committee above it: it is one itself) is compared with the other cells directly under the
    // same committee, not with every cell of that committee's subtree.
    const org = ancestors.filter((a) => a.kind === "grassroots").pop();
    const parent = ancestors[ancestors.length - 1];
    const orgPrefix = org ? subtreePrefix(enrollment.getString("path"), org.id) : "/";
    const where = "programme = {:p} AND id != {:id} AND " + (org ? "path LIKE {:org}" : "cell IN (SELECT id FROM units WHERE parent = {:parent})") + " AND ";
    const params = { p: programme.id, org: orgPrefix + "%", parent: parent ? parent.id : "", id };
    counts.excellentCount = count(app, "enrollments", where + "rating = 'excellent'", params);
    counts.goodOrBetterCount = count(app, "enrollments", where + "rating IN ('excellent','good')", params);
  }

  const awaitingId = chain[enrollment.getInt("step")] || null;
  const awaiting = awaitingId ? ancestors.find((a) => a.id === awaitingId) : null;
  return {
    programme, config, ancestors, gate, chain,
    facts: domain.buildFacts(config, counts),
    snapshot: {
      state,
      step: enrollment.getInt("step"),
      reviewConcluded: enrollment.getBool("reviewConcluded"),
      score: enrollment.getString("rating") ? enrollment.getFloat("score") : null,
      rating: enrollment.getString("rating") || null,
      cell: enrollment.getString("cell"),
      awaiting: awaitingId,
      awaitingName: awaiting ? awaiting.name : null,
      submittedBy: enrollment.getString("submittedBy") || null,
    },
  };
}

function actorOf(e) {
  const auth = e.auth;
  if (!auth || auth.collection().name !== "users") return null;
  return { id: auth.id, role: auth.getString("role"), unitId: auth.getString("unit") };
}

/** GET /api/enrollments/{id}/events: what this caller may send now, and what is blocked and why. */
function listEvents(e) {
  if (!e.auth) return fail(401, "Vui lòng đăng nhập.");
  const enrollment = findVisible(e, e.request.pathValue("id"));
  if (!enrollment) return fail(404, "Không tìm thấy hồ sơ.");
  const s = loadSituation(e.app, enrollment);
  const actor = actorOf(e);
  const out = {
    state: s.snapshot.state,
    version: enrollment.getInt("version"),
    step: s.snapshot.step,
    awaiting: s.snapshot.awaiting ? { id: s.snapshot.awaiting, name: s.snapshot.awaitingName } : null,
    chain: s.chain.map((id) => {
      const unit = s.ancestors.find((a) => a.id === id);
      return { id, name: unit ? unit.name : "" };
    }),
    thresholds: s.config.thresholds,
    events: [],
    blocked: [],
  };
  if (!actor) return { status: 200, body: out };
  const context = domain.buildContext(s.snapshot, s.facts);
  const available = domain.availableEvents(s.snapshot.state, context);
  const permitted = (type) => domain.mayAct({
    actor, state: s.snapshot.state, event: { type }, cellId: s.snapshot.cell,
    awaitingUnitId: s.snapshot.awaiting, awaitingUnitName: s.snapshot.awaitingName, submittedBy: s.snapshot.submittedBy,
  }).ok;
  const lastStep = s.snapshot.step >= s.chain.length - 1;
  available.events.filter(permitted).forEach((type) => {
    // What the form must ask for besides a comment: a score and rating to classify, the
    // recognition decision (number, date, signer) at the last approval of that chain.
    const fields = type === "CLASSIFY" ? ["score", "rating"]
      : type === "APPROVE" && s.snapshot.state === "recognition" && lastStep ? ["decision"] : [];
    out.events.push({
      type,
      label: domain.eventLabel(type),
      commentRequired: domain.requiresComment(type),
      irreversible: domain.isIrreversible(s.snapshot.state, context, { type }),
      fields,
    });
  });
  available.blocked.filter((b) => permitted(b.type)).forEach((b) => {
    out.blocked.push({ type: b.type, label: domain.eventLabel(b.type), messages: b.messages });
  });
  return { status: 200, body: out };
}

/** Saves a new record of `collection` with `fields`. */
function insert(tx, collection, fields) {
  const r = new Record(tx.findCollectionByNameOrId(collection));
  Object.keys(fields).forEach((k) => r.set(k, fields[k]));
  tx.save(r);
}

/**
 * POST /api/enrollments/{id}/events: one decision, in one transaction, or an error and no write.
 * What is written is decided by domain.planDecision (src/lib/domain/lifecycle-writes.ts); this
 * only reads the situation and writes the plan.
 */
function sendEvent(e) {
  if (!e.auth) return fail(401, "Vui lòng đăng nhập.");
  const id = e.request.pathValue("id");
  if (!findVisible(e, id)) return fail(404, "Không tìm thấy hồ sơ.");
  const actor = actorOf(e);
  if (!actor) return fail(403, "Tài khoản quản trị không thực hiện thao tác nghiệp vụ.");
  const body = e.requestInfo().body || {};

  let outcome = null;
  e.app.runInTransaction((tx) => {
    // Read inside the transaction: SQLite has one writer, so what we read here is what we change.
    const enrollment = tx.findRecordById("enrollments", id);
    const s = loadSituation(tx, enrollment);
    const actorUnit = s.ancestors.find((a) => a.id === actor.unitId);
    const unitName = actorUnit ? actorUnit.name : (actor.unitId === s.snapshot.cell ? tx.findRecordById("units", actor.unitId).getString("name") : "");
    const plan = domain.planDecision({
      situation: {
        state: enrollment.getString("state"), version: enrollment.getInt("version"), year: enrollment.getInt("year"),
        pilotSince: !!enrollment.getString("pilotSince"),
        config: s.config, ancestors: s.ancestors, gate: s.gate, chain: s.chain, snapshot: s.snapshot, facts: s.facts,
      },
      actor: { id: actor.id, role: actor.role, unitId: actor.unitId, name: e.auth.getString("name"), unitName },
      body,
      today: domain.today(),
      // The business clock (KIEUMAU_TODAY), like every date the reminders and deadlines count from.
      now: domain.now().toISOString().replace("T", " "),
    });
    if (!plan.ok) {
      outcome = fail(plan.status, plan.message, plan.extra);
      return;
    }
    if (plan.approval) insert(tx, "approvals", Object.assign({ enrollment: id }, plan.approval));
    Object.keys(plan.enrollment).forEach((k) => enrollment.set(k, plan.enrollment[k]));
    tx.save(enrollment);
    insert(tx, "transitions", Object.assign({ enrollment: id }, plan.transition));
    outcome = { status: 200, record: enrollment };
  });
  return outcome;
}

module.exports = { listEvents, sendEvent, loadSituation, findVisible, chainFor, ancestorsOf };
