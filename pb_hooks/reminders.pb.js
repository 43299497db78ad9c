/// <reference path="../pb_data/types.d.ts" />
// Deadline reminders and escalations (logic: lib/reminders.js, rules: src/lib/domain/reminders.ts),
// and the person's own notifications (lib/reminders-inbox.js).

// Every day at 07:00 in Vietnam (00:00 UTC: PocketBase's cron runs in UTC).
cronAdd("reminders", "0 0 * * *", () => {
  const { runReminders } = require(`${__hooks}/lib/reminders.js`);
  const summary = runReminders($app, {});
  $app.logger().info("reminders: daily run", "today", summary.today, "enrollments", summary.enrollments,
    "notifications", summary.notifications, "mails", summary.mails, "errors", summary.errors.join("; "));
});

// Runs the job now, for tests and operators: { today?: "YYYY-MM-DD", programme?: id }.
routerAdd("POST", "/api/reminders/run", (e) => {
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  const { runReminders } = require(`${__hooks}/lib/reminders.js`);
  const body = e.requestInfo().body || {};
  const today = body.today ? String(body.today) : "";
  if (today && !domain.isRealDate(today)) {
    return e.json(400, { status: 400, message: "Ngày không hợp lệ (định dạng YYYY-MM-DD).", data: { today: { code: "invalid", message: "Ngày không hợp lệ." } } });
  }
  const programme = body.programme ? String(body.programme) : "";
  if (programme) {
    try { e.app.findRecordById("programmes", programme); } catch (_) {
      return e.json(404, { status: 404, message: "Không tìm thấy chương trình.", data: {} });
    }
  }
  return e.json(200, runReminders(e.app, { today: today || undefined, programme: programme || undefined }));
}, $apis.requireSuperuserAuth());

routerAdd("GET", "/api/notifications/unread-count", (e) => {
  const { unreadCount } = require(`${__hooks}/lib/reminders-inbox.js`);
  const out = unreadCount(e);
  return e.json(out.status, out.body);
});

routerAdd("POST", "/api/notifications/read-all", (e) => {
  const { readAll } = require(`${__hooks}/lib/reminders-inbox.js`);
  const out = readAll(e);
  return e.json(out.status, out.body);
});
