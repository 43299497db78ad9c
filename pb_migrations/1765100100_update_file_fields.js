/// <reference path="../pb_data/types.d.ts" />
// Uploaded files need a file token of someone who may view their record (`protected`): a
// resolution, meeting minutes, review-note photos and avatars were served to anyone with the
// URL, and to officers of another province with their own token. The app serves them through
// /files/{collection}/{id}/{name} with the user's own token. The avatar takes no SVG (a script
// carrier): JPG, PNG, WEBP or GIF, which pb_hooks/lib/files.js detects from the content.
const FIELDS = [
  ["plans", "resolutionDoc"],
  ["meetings", "minutes"],
  ["review_notes", "photos"],
  ["users", "avatar"],
];

migrate((app) => {
  for (const [collection, name] of FIELDS) {
    const c = app.findCollectionByNameOrId(collection);
    const f = c.fields.getByName(name);
    f.protected = true;
    if (name === "avatar") f.mimeTypes = ["image/jpeg", "image/png", "image/webp", "image/gif"];
    app.save(c);
  }
}, (app) => {
  for (const [collection, name] of FIELDS) {
    const c = app.findCollectionByNameOrId(collection);
    const f = c.fields.getByName(name);
    f.protected = false;
    if (name === "avatar") f.mimeTypes = ["image/jpeg", "image/png", "image/svg+xml", "image/gif", "image/webp"];
    app.save(c);
  }
});
