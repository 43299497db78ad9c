/// <reference path="../pb_data/types.d.ts" />
// A person marks their notifications read or unread (readAt): a value that is not a real date
// ("2026-02-31") is refused, not stored as "unread" (lib/input.js).

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "notifications");
