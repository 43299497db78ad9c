// src/lib/pb-types.ts is generated from the schema (npm run gen:types): a migration that adds,
// renames or retypes a field without regenerating it fails here, so the types never lie.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordTypes } from '../../scripts/lib/record-types.mjs';
import { asSuperuser } from './helpers/clients';

describe('record types', () => {
	it('src/lib/pb-types.ts matches the live schema (else: npm run gen:types)', async () => {
		const su = await asSuperuser();
		const collections = await su.collections.getFullList();
		const committed = readFileSync(new URL('../../src/lib/pb-types.ts', import.meta.url), 'utf8');
		expect(committed).toBe(recordTypes(collections));
	});
});
