// The API rules of the cell's records list exactly the states of the one table
// (src/lib/domain/writable-states.ts) that the routes, homes and hooks read: a migration that
// opens meetings in planning, or a table that closes plan tasks in review, fails here.
import { describe, expect, it } from 'vitest';
import { CELL_WRITABLE_STATES, type CellCollection } from '../../src/lib/domain/writable-states';
import { asSuperuser } from './helpers/clients';

/** The states a rule lets the cell's secretary write in (its `enrollment.state = "…"` clauses). */
function statesIn(rule: string | null | undefined): string[] {
	return [...new Set([...(rule ?? '').matchAll(/enrollment\.state\s*=\s*"([a-z_]+)"/g)].map((m) => m[1]!))].sort();
}

describe('which states allow which writes', () => {
	const collections = Object.keys(CELL_WRITABLE_STATES) as CellCollection[];
	it.each(collections)('%s: the create, update and delete rules list exactly the table’s states', async (name) => {
		const su = await asSuperuser();
		const c = await su.collections.getOne(name);
		const expected = [...CELL_WRITABLE_STATES[name]].sort();
		expect(statesIn(c.createRule), 'createRule').toEqual(expected);
		expect(statesIn(c.updateRule), 'updateRule').toEqual(expected);
		// Deletes follow the same states where the cell may delete at all.
		if (c.deleteRule) expect(statesIn(c.deleteRule), 'deleteRule').toEqual(expected);
	});
});
