// npm run gen:types: writes src/lib/pb-types.ts from the schema a fresh migration makes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { benchScratch } from './lib/bench-scratch.mjs';
import { root } from './lib/pocketbase.mjs';
import { recordTypes } from './lib/record-types.mjs';

const scratch = await benchScratch('kieumau-types-');
try {
	const server = await scratch.start();
	const pb = new PocketBase(server.url);
	await pb.collection('_superusers').authWithPassword(scratch.admin.email, scratch.admin.password);
	const collections = await pb.collections.getFullList();
	const file = join(root, 'src', 'lib', 'pb-types.ts');
	writeFileSync(file, recordTypes(collections));
	console.log(`• ${file}: ${collections.filter((c) => !c.system).length} collections`);
} finally {
	scratch.cleanup();
}
