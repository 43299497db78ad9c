// A person's own notifications, served by routes rather than the records list API:
// - the unread count of the top bar is asked on every page view, and is often 0; PocketBase
//   slows a user's empty *filtered* list answers (see lib/inbox.js), so the count is a route;
// - "mark all read" is one UPDATE of the person's unread rows, not one request per row.
// Both are scoped to the caller explicitly (user = auth id), on the (user, readAt) index.

const { fail } = require(`${__hooks}/lib/http.js`);

function caller(e) {
  const auth = e.auth;
  return auth && auth.collection().name === "users" ? auth : null;
}

/** GET /api/notifications/unread-count → { count } */
function unreadCount(e) {
  const auth = caller(e);
  if (!auth) return fail(401, "Vui lòng đăng nhập.");
  const count = e.app.countRecords("notifications", $dbx.exp("user = {:u} AND readAt = ''", { u: auth.id }));
  return { status: 200, body: { count } };
}

/** POST /api/notifications/read-all → { updated } */
function readAll(e) {
  const auth = caller(e);
  if (!auth) return fail(401, "Vui lòng đăng nhập.");
  // When it was read, on the product's clock (same "YYYY-MM-DD HH:MM:SS.sssZ" form as DateTime).
  // The bundle is required here, not at the top: the unread count runs on every page view.
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  const now = domain.now().toISOString().replace("T", " ");
  const result = e.app.db()
    .newQuery("UPDATE notifications SET readAt = {:now} WHERE user = {:u} AND readAt = ''")
    .bind({ now, u: auth.id })
    .execute();
  return { status: 200, body: { updated: result.rowsAffected() } };
}

module.exports = { unreadCount, readAll };
