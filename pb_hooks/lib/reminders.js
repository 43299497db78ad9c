// The daily reminder job: finds what is due or overdue in every active programme, writes one
// in-app notification per notice and person (once: `notifications.key` is unique), and, when
// SMTP is configured, mails each person one digest of what is new for them.
//
// What is due, for whom and how it reads is decided by the domain bundle
// (src/lib/domain/reminders.ts); this file reads the records and writes the notifications.
//
// Scale (~300k cells): enrollments are read per programme, state and cell type in pages of PAGE,
// by rowid, so every page is one range of the (programme, state, cellType) index and no page
// sorts or skips; everything a page needs (cells, committees, people, filed months, pilot start
// dates, notifications already sent) is fetched with one IN query each; new notifications are
// written WRITE_CHUNK per short transaction, and mail goes out only after all the writes.

const PAGE = 300;
const WRITE_CHUNK = 50;

function unique(list) {
  const seen = {};
  return list.filter((x) => x && !seen[x] && (seen[x] = true));
}

/** "{:p0}, {:p1}, …" for `values`, filling `params`. */
function inList(values, params, prefix) {
  return values.map((v, i) => { params[prefix + i] = v; return "{:" + prefix + i + "}"; }).join(", ");
}

/** Rows of a raw query, each as a plain object with the columns of `shape`. */
function rows(app, sql, params, shape) {
  const out = arrayOf(new DynamicModel(shape));
  app.db().newQuery(sql).bind(params).all(out);
  return out.map((r) => {
    const o = {};
    Object.keys(shape).forEach((k) => { o[k] = r[k]; });
    return o;
  });
}

/** Runs `fn` on `values` in chunks (SQLite bound-parameter limits, and short queries). */
function inChunks(values, size, fn) {
  for (let i = 0; i < values.length; i += size) fn(values.slice(i, i + size));
}

function pageOf(app, programme, state, cellType, after) {
  return rows(app,
    "SELECT rowid AS rid, id, cell, path, state, step, year, awaiting, supervisor, inspectors, stateChangedAt, pilotSince " +
    "FROM enrollments WHERE programme = {:p} AND state = {:s} AND cellType = {:t} AND rowid > {:after} " +
    "ORDER BY rowid LIMIT " + PAGE,
    { p: programme, s: state, t: cellType, after },
    { rid: 0, id: "", cell: "", path: "", state: "", step: 0, year: 0, awaiting: "", supervisor: "", inspectors: "", stateChangedAt: "", pilotSince: "" });
}

function parseIds(json) {
  if (!json) return [];
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v : (v ? [String(v)] : []);
  } catch (_) {
    return [];
  }
}

/** Who hears of a notice (src/lib/domain/reminders.ts `Audience`): a role in a unit, and people by id. */
const AUDIENCE = {
  secretaries: (r) => ({ unitRole: "secretary", unit: r.cell, userIds: [] }),
  cellCommittee: (r, cell) => ({ unitRole: "officer", unit: cell.parent, userIds: [] }),
  committeeAbove: (r, cell, awaited) => ({ unitRole: "officer", unit: awaited.parent, userIds: [] }),
  reviewers: (r) => ({
    unitRole: "officer", unit: r.awaiting,
    userIds: parseIds(r.inspectors).concat(r.supervisor ? [r.supervisor] : []),
  }),
};

/** The notices of one page of enrollments, each resolved to the people who get it. */
function candidatesOf(app, domain, config, today, page) {
  const enrIds = page.map((r) => r.id);
  const params = {};

  // The cells and the committees awaited, with their parents (the committees above).
  const unitIds = unique(page.map((r) => r.cell).concat(page.map((r) => r.awaiting)));
  const units = {};
  rows(app, "SELECT id, name, parent FROM units WHERE id IN (" + inList(unitIds, params, "u") + ")", params,
    { id: "", name: "", parent: "" }).forEach((u) => { units[u.id] = u; });

  // Filed months, for the states that self-assess.
  const filed = {};
  if (domain.ASSESSING_STATES.indexOf(page[0].state) >= 0) {
    const p2 = {};
    rows(app, "SELECT enrollment, month FROM self_assessments WHERE enrollment IN (" + inList(enrIds, p2, "e") + ")", p2,
      { enrollment: "", month: "" })
      .forEach((s) => { (filed[s.enrollment] = filed[s.enrollment] || []).push(s.month); });
  }

  // Notices, and who they are for: people by id (reviewers), or a role in a unit.
  const wanted = [];
  page.forEach((r) => {
    const since = domain.vietnamDate(r.stateChangedAt);
    const notices = domain.remindersFor({
      state: r.state, step: r.step, year: r.year, since,
      pilotSince: domain.vietnamDate(r.pilotSince),
      filedMonths: filed[r.id] || [],
    }, config, today);
    notices.forEach((n) => {
      const cell = units[r.cell] || { name: "", parent: "" };
      const awaited = units[r.awaiting] || { id: "", name: "", parent: "" };
      const to = AUDIENCE[n.audience](r, cell, awaited);
      const kind = domain.noticeKind(n);
      const p = domain.noticeParams(n, r, cell.name, awaited.name);
      wanted.push({ r, n, to, kind, params: p, text: domain.noticeText(kind, p), link: domain.noticeLink(n, r.id) });
    });
  });
  if (!wanted.length) return [];

  // The people: secretaries and officers of the units named, and reviewers by id.
  const byUnit = {};
  const byId = {};
  const people = { id: "", email: "", name: "", role: "", unit: "" };
  const targetUnits = unique(wanted.map((w) => w.to.unit));
  inChunks(targetUnits, 400, (chunk) => {
    const p = {};
    rows(app, "SELECT id, email, name, role, unit FROM users WHERE unit IN (" + inList(chunk, p, "u") + ") AND role IN ('secretary', 'officer')", p, people)
      .forEach((u) => { (byUnit[u.unit + ":" + u.role] = byUnit[u.unit + ":" + u.role] || []).push(u); });
  });
  const reviewerIds = unique([].concat.apply([], wanted.map((w) => w.to.userIds)));
  inChunks(reviewerIds, 400, (chunk) => {
    const p = {};
    rows(app, "SELECT id, email, name, role, unit FROM users WHERE id IN (" + inList(chunk, p, "i") + ")", p, people)
      .forEach((u) => { byId[u.id] = u; });
  });

  const out = [];
  const seen = {};
  wanted.forEach((w) => {
    const recipients = (w.to.unit ? byUnit[w.to.unit + ":" + w.to.unitRole] || [] : [])
      .concat(w.to.userIds.map((id) => byId[id]).filter(Boolean));
    recipients.forEach((u) => {
      const key = domain.noticeKey(w.n, w.r.id, u.id);
      if (seen[key]) return; // e.g. the member in charge is also an officer of the committee
      seen[key] = true;
      out.push({ key, user: u, w });
    });
  });
  return out;
}

const INSERT =
  "INSERT OR IGNORE INTO notifications (id, user, kind, title, body, link, params, enrollment, dueOn, escalated, readAt, key, created) " +
  "VALUES ({:id}, {:user}, {:kind}, {:title}, {:body}, {:link}, {:params}, {:enrollment}, {:dueOn}, {:escalated}, '', {:key}, {:created})";
const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Writes the notifications not sent yet, WRITE_CHUNK per transaction; returns those written.
 * Plain INSERTs rather than app.save(), whose validation and hooks made a 1,200-record page a
 * 2 s transaction on the one writer the whole country shares; now 50 a transaction, measured at
 * p50 21 ms / p95 115 ms on a loaded 2-core machine. Nothing is lost: the job fills every field
 * itself, nothing hooks the collection, and `INSERT OR IGNORE` on the unique key means two runs
 * at once never write a notice twice.
 */
function writeNew(app, candidates, summary) {
  const written = [];
  // Which are already sent: read outside any transaction, so a run with nothing new never writes.
  const sent = {};
  inChunks(candidates.map((c) => c.key), 400, (chunk) => {
    const p = {};
    rows(app, "SELECT key FROM notifications WHERE key IN (" + inList(chunk, p, "k") + ")", p, { key: "" })
      .forEach((k) => { sent[k.key] = true; });
  });
  const fresh = candidates.filter((c) => !sent[c.key]);
  const created = new DateTime().string();
  inChunks(fresh, WRITE_CHUNK, (chunk) => {
    const started = Date.now();
    app.runInTransaction((tx) => {
      chunk.forEach((c) => {
        const w = c.w;
        const result = tx.db().newQuery(INSERT).bind({
          id: $security.randomStringWithAlphabet(15, ID_ALPHABET),
          user: c.user.id,
          kind: w.kind,
          title: w.text.title,
          body: w.text.body,
          link: w.link,
          params: JSON.stringify(w.params),
          enrollment: w.r.id,
          dueOn: w.n.dueOn + " 00:00:00.000Z",
          escalated: w.n.phase === "escalated",
          key: c.key,
          created,
        }).execute();
        if (result.rowsAffected() > 0) written.push(c);
      });
    });
    summary.writes.push(Date.now() - started);
  });
  return written;
}

/** One mail per person with everything new for them in this run. */
function mailDigests(app, digests) {
  const mail = require(`${__hooks}/lib/mail.js`);
  if (!mail.mailEnabled(app)) return 0;
  const origin = mail.appOrigin();
  let sent = 0;
  Object.keys(digests).forEach((userId) => {
    const d = digests[userId];
    const lines = d.items.map((c) => "• " + c.w.text.title + "\n  " + c.w.text.body + "\n  " + origin + c.w.link);
    const subject = "Kiểu Mẫu: " + (d.items.length === 1 ? d.items[0].w.text.title : d.items.length + " thông báo mới");
    const text = "Kính gửi đồng chí " + (d.user.name || d.user.email) + ",\n\n" + lines.join("\n\n") +
      "\n\nXem tất cả thông báo: " + origin + "/notifications\n";
    if (mail.sendMail(app, { address: d.user.email, name: d.user.name }, subject, text)) sent++;
  });
  return sent;
}

/**
 * Runs the job for `today` ("YYYY-MM-DD", Vietnam; default: now) over every active programme,
 * or only `programme` when given. Returns what it did.
 */
function runReminders(app, opts) {
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  opts = opts || {};
  const today = opts.today || domain.today();
  const programmes = opts.programme
    ? [app.findRecordById("programmes", opts.programme)]
    : app.findRecordsByFilter("programmes", "status = 'active'", "", 0, 0);
  // writes: how long each write transaction took (ms): the writer is shared with every user.
  const summary = { today, programmes: 0, enrollments: 0, notifications: 0, mails: 0, writes: [], errors: [] };
  const digests = {};

  programmes.forEach((programme) => {
    let config;
    try {
      // A JSON field comes to the hooks as raw bytes: read it as text (as lifecycle-service does).
      const raw = programme.get("config");
      const text = raw === null || raw === undefined ? "" : String(raw);
      config = domain.parseProgrammeConfig(text && text !== "null" ? JSON.parse(text) : {});
    } catch (err) {
      summary.errors.push(programme.id + ": " + String(err));
      return;
    }
    summary.programmes++;
    domain.REMINDER_STATES.forEach((state) => {
      // Every cell type, and none (a cell whose type is not set yet): one indexed page walk each.
      domain.CELL_TYPES.concat([""]).forEach((cellType) => {
        for (let after = 0; ;) {
          const page = pageOf(app, programme.id, state, cellType, after);
          if (!page.length) break;
          after = page[page.length - 1].rid;
          summary.enrollments += page.length;
          writeNew(app, candidatesOf(app, domain, config, today, page), summary).forEach((c) => {
            summary.notifications++;
            const d = digests[c.user.id] || (digests[c.user.id] = { user: c.user, items: [] });
            d.items.push(c);
          });
          if (page.length < PAGE) break;
        }
      });
    });
  });

  summary.mails = mailDigests(app, digests);
  const ms = summary.writes.sort((a, b) => a - b);
  delete summary.writes;
  summary.writeMs = { transactions: ms.length, p50: ms[ms.length >> 1] || 0, p95: ms[Math.floor(ms.length * 0.95)] || 0, max: ms[ms.length - 1] || 0 };
  return summary;
}

module.exports = { runReminders };
