/// <reference path="../pb_data/types.d.ts" />
// In-app notifications: deadline reminders and escalations written by the daily reminder job
// (pb_hooks/reminders.pb.js). Each person lists and reads only their own; the only thing they
// may change is `readAt` (mark read / unread). Nobody creates them through the API: `key` is
// unique per notice and person, so the job never sends the same notice twice.
migrate((app) => {
  const users = app.findCollectionByNameOrId("users");
  const enrollments = app.findCollectionByNameOrId("enrollments");
  const own = '@request.auth.id != "" && user = @request.auth.id';
  const fixed = ["user", "kind", "title", "body", "link", "params", "enrollment", "dueOn", "escalated", "key"]
    .map((f) => `@request.body.${f}:isset = false`).join(" && ");
  app.save(new Collection({
    type: "base",
    name: "notifications",
    listRule: own,
    viewRule: own,
    createRule: null,
    updateRule: own + " && " + fixed,
    deleteRule: null,
    fields: [
      { type: "relation", name: "user", required: true, collectionId: users.id, maxSelect: 1, cascadeDelete: true },
      // self_assessment_due, plan_overdue, review_escalated, decision_escalated, … (src/lib/domain/reminders.ts)
      { type: "text", name: "kind", required: true, max: 40 },
      { type: "text", name: "title", required: true, max: 300 },
      { type: "text", name: "body", max: 2000 },
      { type: "text", name: "link", max: 300 },
      // The placeholders of the title and body, so the page can show them in the reader's language.
      { type: "json", name: "params", maxSize: 4000 },
      { type: "relation", name: "enrollment", collectionId: enrollments.id, maxSelect: 1, cascadeDelete: true },
      { type: "date", name: "dueOn" },
      { type: "bool", name: "escalated" },
      { type: "date", name: "readAt" },
      { type: "text", name: "key", required: true, max: 200 },
      { type: "autodate", name: "created", onCreate: true },
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_notifications_key ON notifications (key)",
      // The unread count of the top bar, and the list newest first.
      "CREATE INDEX idx_notifications_user_read ON notifications (user, readAt)",
      "CREATE INDEX idx_notifications_user_created ON notifications (user, created)",
      "CREATE INDEX idx_notifications_enrollment ON notifications (enrollment)",
    ],
  }));
}, (app) => {
  app.delete(app.findCollectionByNameOrId("notifications"));
});
