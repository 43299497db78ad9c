// Importing units, cells and members from a spreadsheet: columns and words (columns.ts), one row
// at a time (rows.ts), the whole file against the database (plan.ts), and its messages.
export * from './columns';
export * from './messages';
export * from './rows';
export * from './plan';
