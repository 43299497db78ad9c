/// <reference path="../pb_data/types.d.ts" />
// Inspectors' review notes: the meeting a note refers to belongs to the note's own enrollment,
// the visit falls within the programme's window of years (lib/review-notes.js), and values of the
// wrong type are refused before PocketBase casts them (lib/input.js).

onRecordCreate((e) => {
  require(`${__hooks}/lib/review-notes.js`).checkNote(e.app, e.record);
  e.next();
}, "review_notes");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/review-notes.js`).checkNote(e.app, e.record);
  e.next();
}, "review_notes");

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "review_notes");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/input.js`).checkRequest(e);
  e.next();
}, "review_notes");
