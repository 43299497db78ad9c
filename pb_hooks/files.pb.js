/// <reference path="../pb_data/types.d.ts" />
// Uploaded files (plans.resolutionDoc, meetings.minutes, review_notes.photos, users.avatar):
// each new upload is renamed from its original name and the type detected from its content, and
// refused when that type is not allowed; after an update that uploaded something, files the record
// no longer holds are deleted, so concurrent replacements leave nothing behind. Logic: lib/files.js.
// The fields are `protected` (migration 1765100100_update_file_fields.js): PocketBase serves them only with a file token
// of someone who may view the record; the app serves them through /files/… with the user's token.

// (A meeting's create does this in its one request hook: meetings.pb.js.)
onRecordCreate((e) => {
  require(`${__hooks}/lib/files.js`).prepare(e.app, e.record);
  e.next();
}, "plans", "review_notes", "users");

onRecordUpdate((e) => {
  const files = require(`${__hooks}/lib/files.js`);
  files.prepare(e.app, e.record);
  try {
    e.next();
  } catch (err) {
    files.release(e.app, e.record);
    throw err;
  }
}, "plans", "meetings", "review_notes", "users");

onRecordAfterUpdateSuccess((e) => {
  const files = require(`${__hooks}/lib/files.js`);
  if (files.release(e.app, e.record).length) {
    try {
      files.sweep(e.app, e.record);
    } catch (err) {
      e.app.logger().warn("Could not sweep a record's files", "record", e.record.id, "error", String(err));
    }
  }
  e.next();
}, "plans", "meetings", "review_notes", "users");

onRecordAfterUpdateError((e) => {
  require(`${__hooks}/lib/files.js`).release(e.app, e.record);
  e.next();
}, "plans", "meetings", "review_notes", "users");
