// Uploaded files: their names, their types, and the files a record no longer holds.
//
// - Names: PocketBase keeps the name the browser sent (snake-cased, with its extension). A name
//   such as "\u202Efdp.exe" (a right-to-left override) was stored as fdp_….exe while holding a
//   PDF. Every new upload is renamed here from its original name: NFC, without control or bidi
//   characters, folded to ASCII, and with the extension of the type detected from the content
//   (.pdf, .jpg, .png, .webp, .gif). Content of any other type is refused with a 400.
// - Leaks: PocketBase deletes the file an update replaces, as it read it before the write. Two
//   concurrent replacements both read the same old file, so each deletes only that one and the
//   file of the first writer stays on disk, referenced by nothing. After each update that
//   uploaded something, the record's folder is swept: files the stored record no longer names
//   go, except uploads still in flight (marked in the app store from before their upload until
//   after their commit). The last uploader to finish therefore leaves exactly the files named.
//
// Which fields hold files: FILE_FIELDS (also served by the app's /files route).

const FILE_FIELDS = {
  plans: ["resolutionDoc"],
  meetings: ["minutes"],
  review_notes: ["photos"],
  users: ["avatar"],
};

// Content signatures of the types the product accepts, with the extension each is stored under.
const KINDS = [
  { mime: "application/pdf", ext: ".pdf", label: "PDF", test: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { mime: "image/png", ext: ".png", label: "PNG", test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: "image/jpeg", ext: ".jpg", label: "JPG", test: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { mime: "image/webp", ext: ".webp", label: "WEBP", test: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b.slice(8), [0x57, 0x45, 0x42, 0x50]) },
  { mime: "image/gif", ext: ".gif", label: "GIF", test: (b) => starts(b, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61 },
];

const INFLIGHT = "kieumau.files.inflight:";
const UPLOADS_KEY = "@pbInternalKieumauUploads";

function starts(bytes, sig) {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function fieldsOf(record) {
  return FILE_FIELDS[record.collection().name] || [];
}

/** The first bytes of an upload, as plain numbers. */
function head(file) {
  const r = file.reader.open();
  try {
    const raw = toBytes(r, 16);
    const out = [];
    for (let i = 0; i < raw.length; i++) out.push(raw[i] & 0xff);
    return out;
  } finally {
    r.close();
  }
}

function detect(file) {
  const bytes = head(file);
  for (const k of KINDS) if (k.test(bytes)) return k;
  return null;
}

// Control characters, bidi embeddings/overrides/isolates, zero-width and other format characters.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** The readable part of an uploaded name: NFC, no invisible characters, ASCII, snake_case. */
function cleanBase(original) {
  let s = String(original || "").normalize("NFC").replace(INVISIBLE, "");
  s = s.split(/[\\/]/).pop() || "";
  const dot = s.lastIndexOf(".");
  if (dot > 0) s = s.slice(0, dot);
  s = s.replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D")).normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  s = s.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  s = s.slice(0, 80).replace(/_+$/, "");
  return s.length >= 3 ? s : ("tep_" + s).replace(/_+$/, "");
}

/** The stored name of an upload of the detected kind. */
function storedName(original, kind) {
  return cleanBase(original) + "_" + $security.randomStringWithAlphabet(10, "abcdefghijklmnopqrstuvwxyz0123456789") + kind.ext;
}

function allowedKinds(record, field) {
  const f = record.collection().fields.getByName(field);
  const mimes = (f && f.mimeTypes) || [];
  return KINDS.filter((k) => mimes.length === 0 || mimes.indexOf(k.mime) >= 0);
}

function refuse(field, kinds) {
  const labels = kinds.map((k) => k.label).join(", ");
  const message = "Tệp tải lên không đúng loại cho phép (" + labels + "): nội dung tệp không khớp với loại cho phép.";
  throw new BadRequestError(message, { [field]: new ValidationError("file_type", message) });
}

/**
 * Before a create or an update: renames each new upload from its original name and the type of
 * its content, refuses any content of another type, and marks the uploads as in flight.
 */
function prepare(app, record) {
  const names = [];
  for (const field of fieldsOf(record)) {
    const uploads = record.get(field + ":unsaved") || [];
    if (!uploads.length) continue;
    const kinds = allowedKinds(record, field);
    for (let i = 0; i < uploads.length; i++) {
      const file = uploads[i];
      const kind = detect(file);
      if (!kind || kinds.indexOf(kind) < 0) refuse(field, kinds);
      file.name = storedName(file.originalName || file.name, kind);
      names.push(file.name);
    }
  }
  // Only an update can race with another over the same folder.
  if (names.length && !record.isNew()) {
    record.setRaw(UPLOADS_KEY, names);
    const store = app.store();
    for (const n of names) store.set(INFLIGHT + record.id + "/" + n, true);
  }
  return names;
}

/** The uploads of this save are no longer in flight (committed or given up). */
function release(app, record) {
  const names = record.getRaw(UPLOADS_KEY);
  if (!names || !names.length) return [];
  const store = app.store();
  for (let i = 0; i < names.length; i++) store.remove(INFLIGHT + record.id + "/" + names[i]);
  record.setRaw(UPLOADS_KEY, null);
  return names;
}

/**
 * Deletes the files (and their thumbnails) in the record's folder that the stored record does not
 * name and that no save still in flight is uploading. Returns the names deleted.
 *
 * The order matters: (1) list the folder, (2) set aside what is in flight, (3) read the stored
 * record. A file not in flight at (2) belongs to a save that has already committed or failed, so
 * the record read at (3) names it if it is still held. Reading the record first would let a save
 * commit and release its upload between the read and the check, and its file would go.
 */
function sweep(app, record) {
  const store = app.store();
  const dir = record.baseFilesPath() + "/";
  const fsys = app.newFilesystem();
  const deleted = [];
  try {
    const candidates = [];
    const objects = fsys.list(dir);
    for (let i = 0; i < objects.length; i++) {
      const key = String(objects[i].key);
      const rest = key.slice(dir.length);
      const slash = rest.indexOf("/");
      // thumbnails live in thumbs_<name>/…; an upload being written is <name>.<hex>.tmp until renamed
      const name = (slash < 0 ? rest : rest.slice(0, slash).replace(/^thumbs_/, "")).replace(/\.[0-9a-f]+\.tmp$/, "");
      if (!name || store.has(INFLIGHT + record.id + "/" + name)) continue;
      candidates.push({ key: key, name: name, file: slash < 0 ? rest : "" });
    }
    if (!candidates.length) return deleted;

    let latest;
    try {
      latest = app.findRecordById(record.collection().id, record.id);
    } catch (_) {
      return deleted; // deleted meanwhile: PocketBase removes the whole folder
    }
    const keep = {};
    for (const field of fieldsOf(record)) {
      const held = latest.getStringSlice(field);
      for (let i = 0; i < held.length; i++) keep[held[i]] = true;
    }

    for (const c of candidates) {
      if (keep[c.name]) continue;
      try {
        fsys.delete(c.key);
        if (c.file) deleted.push(c.file);
      } catch (err) {
        app.logger().warn("Could not delete an unreferenced file", "key", c.key, "error", String(err));
      }
    }
  } finally {
    fsys.close();
  }
  return deleted;
}

module.exports = { FILE_FIELDS, KINDS, cleanBase, prepare, release, sweep };
