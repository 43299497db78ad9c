// How many of PocketBase's JS workers a write ties up at once (issue 12). A JS hook holds its worker
// until its e.next() returns, and everything a create does happens inside the request hook's
// e.next(): so a create ties up one worker per JS hook registered on its way (the request hook,
// then the model hooks: create, validate, execute, after-success, enrich). Past the pool, each
// extra level builds a throwaway worker that loads the domain bundle again. Read from the hook
// files themselves, so that a new hook on a hot path shows here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const hooksDir = fileURLToPath(new URL('../../pb_hooks', import.meta.url));

interface Registration {
	file: string;
	hook: string;
	/** The collections named after the handler; empty = every collection. */
	tags: string[];
}

/** Every top-level on…(handler, "tag", …) registration of the *.pb.js files. */
function registrations(): Registration[] {
	const out: Registration[] = [];
	for (const file of readdirSync(hooksDir).filter((f) => f.endsWith('.pb.js'))) {
		const lines = readFileSync(join(hooksDir, file), 'utf8').split('\n');
		for (let i = 0; i < lines.length; i++) {
			const start = /^(on\w+)\(/.exec(lines[i]!);
			if (!start) continue;
			// The handler ends at the first line that starts with "}" at the top level.
			let j = i;
			while (j < lines.length && !/^\}/.test(lines[j]!)) j++;
			let tail = lines[j] ?? '';
			while (!/\);\s*$/.test(tail) && j + 1 < lines.length) tail += lines[++j];
			const tags = [...tail.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
			out.push({ file, hook: start[1]!, tags });
			i = j;
		}
	}
	return out;
}

/** The JS hooks a create of `collection` through the records API passes, nested in one another. */
function createChain(collection: string): Registration[] {
	const onCreatePath = /^on(RecordCreateRequest|RecordCreate|RecordValidate|RecordCreateExecute|RecordAfterCreateSuccess|RecordEnrich|ModelCreate|ModelValidate|ModelCreateExecute|ModelAfterCreateSuccess)$/;
	return registrations().filter((r) => onCreatePath.test(r.hook) && (r.tags.length === 0 || r.tags.includes(collection)));
}

describe('JS workers per write', () => {
	it('reads the registrations of the hook files', () => {
		const all = registrations();
		expect(all.length).toBeGreaterThan(40);
		expect(all).toContainEqual({ file: 'meetings.pb.js', hook: 'onRecordCreateRequest', tags: ['meetings'] });
		// A list of collections over two lines.
		expect(all.find((r) => r.file === 'text.pb.js' && r.hook === 'onRecordUpdate')?.tags).toContain('imports');
	});

	it('a meeting create ties up one JS worker: one request hook, no model hook', () => {
		expect(createChain('meetings').map((r) => `${r.file} ${r.hook}`)).toEqual(['meetings.pb.js onRecordCreateRequest']);
	});

	it('a self-assessment create ties up one JS worker: one request hook, no model hook', () => {
		expect(createChain('self_assessments').map((r) => `${r.file} ${r.hook}`)).toEqual(['self_assessments.pb.js onRecordCreateRequest']);
	});
});
