// Fuzz every write path of the app (issue 11, "keep them fixed"): generated bad bodies, from a
// fixed seed, to every form action and every app endpoint that writes, each as a signed-in person
// of the role the route serves (logged in through the real /login form). Bad bodies are wrong
// content types, broken multipart, nested fields without `__superform_json`, garbled or
// wrong-typed `__superform_json`, huge and NFD strings, impossible dates. Each request must answer
// below 500, and no row may change: every collection's count and latest `updated` are read as the
// superuser before and after each route's batch.
//
// Each form body also carries the route's "poison", a value its schema refuses, so that a body
// which happens to parse is still invalid: a write then means a check is missing, not bad luck.
// Routes that read no input (mark all read, reset a password) get only unreadable bodies.
//
// `npm test` runs FUZZ_RUNS (default 6) bodies per write path; `npm run bench:fuzz` runs many more
// (scripts/bench-fuzz.mjs). FUZZ_SEED changes the seed, FUZZ_ONLY (a regular expression) picks
// paths by name, FUZZ_REPORT names a JSON file for the figures.
import fc from 'fast-check';
import * as devalue from 'devalue';
import PocketBase from 'pocketbase';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequest, APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data.mjs';
import { defaults } from '../../scripts/lib/instance.mjs';
import { expect, test } from './fixtures';

const RUNS = Number(process.env.FUZZ_RUNS || 6);
const SEED = Number(process.env.FUZZ_SEED || 20261206);
/** The longest generated string: big enough to matter, well under the 11 MB body limit. */
const HUGE = Number(process.env.FUZZ_HUGE || 60_000);

// ─── What to send ──────────────────────────────────────────────────────────────────────────

type Fields = Record<string, string>;

interface Target {
	/** Who posts: a demo account's email, or null for a visitor. */
	as: string | null;
	/** The path with its action, from the ids found in the demo. */
	path: (ids: Ids) => string;
	/** The field names the route reads (nested ones included), for plausible-looking garbage. */
	fields: string[];
	/** Fields the route's schema refuses whatever else is sent; null: the route reads no input. */
	poison: Fields | null;
	/** Fields of the poison as the superforms JSON transport sends them (typed values). */
	poisonJson?: Record<string, unknown>;
	/** Its nested fields (objects, arrays of objects), which superforms reads only from its JSON. */
	nested?: string[];
}

interface Ids {
	enrollment: string;
	programme: string;
	user: string;
}

const SECRETARY = 'bithu.bieunghi@kieumau.vn';
const OFFICER = 'danguy.dongmai@kieumau.vn';
const PROVINCE = 'tinhuy.quangninh@kieumau.vn';
const INSPECTOR = 'kiemtra.dongmai@kieumau.vn';

const registration = ['goals', 'commitments', 'emphasis', 'contactName', 'contactPhone'];
const plan = ['resolutionNo', 'resolutionSigner', 'resolutionDate', 'summary', 'tasks', 'tasks[0].title', 'resolutionDoc'];

const TARGETS: Record<string, Target> = {
	'assessments (default)': { as: SECRETARY, path: (i) => `/enrollments/${i.enrollment}/assessments`, fields: ['items', 'items[0].score', 'month'], poison: { month: '2026-13' }, nested: ['items'] },
	'meetings (default)': { as: SECRETARY, path: (i) => `/enrollments/${i.enrollment}/meetings`, fields: ['date', 'kind', 'topic', 'absentees', 'excused', 'resolutions', 'nextProgramme', 'minutes'], poison: { date: '2026-02-31' } },
	'plan?/save': { as: SECRETARY, path: (i) => `/enrollments/${i.enrollment}/plan?/save`, fields: plan, poison: { resolutionNo: '' }, nested: ['tasks'] },
	'plan?/submit': { as: SECRETARY, path: (i) => `/enrollments/${i.enrollment}/plan?/submit`, fields: plan, poison: { resolutionNo: '' }, nested: ['tasks'] },
	'registration?/save': { as: SECRETARY, path: (i) => `/enrollments/${i.enrollment}/registration?/save`, fields: registration, poison: { contactPhone: '<script>' } },
	'registration?/submit': { as: SECRETARY, path: (i) => `/enrollments/${i.enrollment}/registration?/submit`, fields: registration, poison: { contactPhone: '<script>' } },
	'enrollment event (default)': { as: OFFICER, path: (i) => `/enrollments/${i.enrollment}`, fields: ['type', 'comment', 'expectedState', 'expectedVersion', 'score', 'rating', 'decisionDate'], poison: { type: 'NOPE' } },
	'supervision (default)': { as: OFFICER, path: (i) => `/enrollments/${i.enrollment}/supervision`, fields: ['supervisor', 'inspectors'], poison: { supervisor: 'x<script>' } },
	'assessment-locks?/lock': { as: OFFICER, path: (i) => `/enrollments/${i.enrollment}/assessment-locks?/lock`, fields: ['month'], poison: { month: 'zz<script>' } },
	'assessment-locks?/unlock': { as: OFFICER, path: (i) => `/enrollments/${i.enrollment}/assessment-locks?/unlock`, fields: ['month'], poison: { month: 'zz<script>' } },
	'register (default)': { as: SECRETARY, path: () => '/register', fields: [...registration, 'programme'], poison: { contactPhone: '<script>' } },
	'cell/members?/add': { as: SECRETARY, path: () => '/cell/members?/add', fields: ['name', 'position', 'code'], poison: { name: 'x' } },
	'cell/members?/toggle': { as: SECRETARY, path: () => '/cell/members?/toggle', fields: ['id', 'active'], poison: { id: 'zz' } },
	'notifications?/read': { as: SECRETARY, path: () => '/notifications?/read', fields: ['id', 'readAt'], poison: { id: 'zz<script>' } },
	'notifications?/readAll': { as: SECRETARY, path: () => '/notifications?/readAll', fields: [], poison: null },
	'inbox?/approve': { as: OFFICER, path: () => '/inbox?/approve', fields: ['selected', 'comment'], poison: { selected: 'bad' }, poisonJson: { selected: 'bad' } },
	'users?/create': { as: OFFICER, path: () => '/users?/create', fields: ['name', 'email', 'role', 'password', 'unit'], poison: { email: 'not-an-email' } },
	'users/{id}?/save': { as: OFFICER, path: (i) => `/users/${i.user}?/save`, fields: ['name', 'role', 'unit'], poison: { role: 'NOPE' } },
	'users/{id}?/lock': { as: OFFICER, path: (i) => `/users/${i.user}?/lock`, fields: ['disabled'], poison: null },
	'users/{id}?/reset': { as: OFFICER, path: (i) => `/users/${i.user}?/reset`, fields: [], poison: null },
	'units?/add': { as: OFFICER, path: () => '/units?/add', fields: ['name', 'kind', 'code', 'cellType', 'isGrassroots', 'parent'], poison: { kind: 'NOPE' } },
	'units?/edit': { as: OFFICER, path: () => '/units?/edit', fields: ['id', 'name', 'code', 'cellType', 'isGrassroots'], poison: { name: 'x' } },
	'units?/move': { as: OFFICER, path: () => '/units?/move', fields: ['id', 'target', 'confirmed'], poison: { target: '' } },
	'units/import?/check': { as: OFFICER, path: () => '/units/import?/check', fields: ['file', 'mode'], poison: { file: 'not a spreadsheet' } },
	'programmes/{id}?/save': { as: PROVINCE, path: (i) => `/programmes/${i.programme}?/save`, fields: ['name', 'year', 'description', 'config', 'config.quota'], poison: { year: 'abc' }, nested: ['config'] },
	'programmes/{id}?/status': { as: PROVINCE, path: (i) => `/programmes/${i.programme}?/status`, fields: ['to'], poison: { to: 'NOPE' } },
	'programmes/{id}?/copy': { as: PROVINCE, path: (i) => `/programmes/${i.programme}?/copy`, fields: ['name', 'year'], poison: { year: 'abc' } },
	'programmes/{id}/criteria (default)': { as: PROVINCE, path: (i) => `/programmes/${i.programme}/criteria`, fields: ['groups', 'criteria', 'criteria[0].points'], poison: { groups: 'x' }, poisonJson: { groups: 'x' }, nested: ['groups', 'criteria'] },
	'login (default)': { as: null, path: () => '/login', fields: ['email', 'password'], poison: { email: '' } },
	'lang (endpoint)': { as: null, path: () => '/lang', fields: ['locale', 'next'], poison: { locale: 'xx' } },
	'logout (default)': { as: SECRETARY, path: () => '/logout', fields: [], poison: null }
};

/** App endpoints (+server.ts) that write, with what their body must carry to be refused. */
const ENDPOINTS: Record<string, Target> = {
	'/api/review-notes': { as: INSPECTOR, path: () => '/api/review-notes', fields: ['note', 'photos'], poison: { note: '{"enrollment":"zz","visitedOn":"2026-02-31"}' } },
	'/units/import/apply': { as: OFFICER, path: () => '/units/import/apply', fields: ['importId'], poison: { importId: 'zz' } }
};

const NASTY = [
	'<script>alert(1)</script>',
	'2026-02-31',
	'2026-13-01',
	'0000-00-00',
	'9999-12-31',
	'1900-01-01',
	'31/02/2026',
	'-1',
	'1e309',
	'NaN',
	'null',
	'true',
	'[]',
	'{}',
	'[object Object]',
	"'; DROP TABLE units;--",
	'\u0000',
	'\u202Efdp.exe',
	'../../etc/passwd'
];
const NFD = ['Thụy Xuân', 'Nguyễn Văn Định', 'Chi bộ thôn Đông Mai', 'Đảng ủy xã Quỳnh Hải'].map((s) => s.normalize('NFD'));

const text: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
	{ weight: 3, arbitrary: fc.constantFrom(...NASTY) },
	{ weight: 2, arbitrary: fc.constantFrom(...NFD) },
	{ weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 20 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 1_000, max: HUGE }).chain((n) => fc.constantFrom(...NFD).map((s) => s.repeat(Math.ceil(n / s.length)).slice(0, n))) }
);

/** A value of any JSON-ish type, for the superforms transport (wrong types on purpose). */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
	text,
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(text, { maxLength: 3 }),
	fc.dictionary(fc.constantFrom('id', 'code', 'score', 'title', 'points', 'x'), text, { maxKeys: 3 }),
	fc.array(fc.dictionary(fc.constantFrom('id', 'code', 'score', 'title'), fc.oneof(text, fc.integer(), fc.constant(null)), { maxKeys: 3 }), { maxLength: 3 })
);

/** Garbage for some of the route's fields (and a stray one), the poison's keys left out. */
function garbage(t: Target): fc.Arbitrary<[string, string][]> {
	const names = [...t.fields.filter((f) => !(t.poison && f in t.poison)), '__superform_id', 'x'];
	return fc.array(fc.tuple(fc.constantFrom(...names), text), { maxLength: 6 });
}

interface Sent {
	kind: string;
	contentType: string | null;
	body: Buffer;
	json: boolean;
}

function urlencoded(pairs: [string, string][]): Buffer {
	return Buffer.from(new URLSearchParams(pairs).toString());
}

function multipart(boundary: string, pairs: [string, string][], file?: { name: string; bytes: string }): Buffer {
	const parts = pairs.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
	if (file) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n${file.bytes}\r\n`);
	return Buffer.from(parts.join('') + `--${boundary}--\r\n`);
}

const boundaryArb = fc.stringMatching(/^[A-Za-z0-9]{6,30}$/);

/** Bodies no route can read: a Content-Type it does not take, or multipart that does not parse. */
function unreadable(t: Target): fc.Arbitrary<Sent> {
	const pairs = garbage(t).map((g) => [...g, ...Object.entries(t.poison ?? {})] as [string, string][]);
	const wrongType = fc.record({
		contentType: fc.constantFrom('text/plain', 'text/plain;charset=UTF-8', 'application/xml', 'application/octet-stream', 'image/png', 'multipart/mixed; boundary=zz', null),
		body: fc.oneof(pairs.map(urlencoded), text.map((s) => Buffer.from(s)))
	}).map(({ contentType, body }) => ({ kind: 'wrong content type', contentType, body, json: false }));
	const brokenMultipart = fc.oneof(
		// The defect's own example: a boundary, and a body that is not multipart at all.
		fc.tuple(boundaryArb, text).map(([b, s]) => ({ ct: `multipart/form-data; boundary=${b}`, body: Buffer.from(s || 'not multipart') })),
		// No boundary parameter.
		pairs.map((p) => ({ ct: 'multipart/form-data', body: multipart('XyZ', p) })),
		// Another boundary than the one declared.
		fc.tuple(boundaryArb, pairs).map(([b, p]) => ({ ct: `multipart/form-data; boundary=${b}x`, body: multipart(b, p) })),
		// Cut short before its closing boundary.
		fc.tuple(boundaryArb, pairs, fc.double({ min: 0, max: 0.95, noNaN: true })).map(([b, p, cut]) => {
			const full = multipart(b, p);
			return { ct: `multipart/form-data; boundary=${b}`, body: full.subarray(0, Math.floor(full.length * cut)) };
		})
	).map(({ ct, body }) => ({ kind: 'broken multipart', contentType: ct, body, json: false }));
	return fc.oneof(wrongType, brokenMultipart);
}

/** Bodies that parse but carry garbage: flat, multipart, nested without JSON, JSON of wrong types. */
function garbled(t: Target): fc.Arbitrary<Sent> {
	const poison = Object.entries(t.poison ?? {});
	const flat = garbage(t).map((g) => [...g, ...poison] as [string, string][]);
	const nested = t.fields.filter((f) => !f.includes('.') && !f.includes('[')).map((f) => f);
	return fc.oneof(
		flat.map((p) => ({ kind: 'urlencoded garbage', contentType: 'application/x-www-form-urlencoded', body: urlencoded(p), json: false })),
		fc.tuple(boundaryArb, flat, fc.option(fc.record({ name: fc.constantFrom('\u202Efdp.exe', 'a.pdf', '../x.pdf', 'Biên bản.pdf'.normalize('NFD')), bytes: text }), { nil: undefined })).map(([b, p, file]) => ({
			kind: 'multipart garbage',
			contentType: `multipart/form-data; boundary=${b}`,
			body: multipart(b, p, file),
			json: false
		})),
		// A nested field posted without __superform_json ("[items] Object type found…").
		fc.tuple(fc.constantFrom(...(nested.length ? nested : ['x'])), text, flat).map(([f, v, p]) => ({
			kind: 'nested field without __superform_json',
			contentType: 'application/x-www-form-urlencoded',
			body: urlencoded([[f, v], ...p]),
			json: true
		})),
		// __superform_json that is not devalue, next to the poison.
		fc.tuple(text, flat).map(([s, p]) => ({ kind: 'garbled __superform_json', contentType: 'application/x-www-form-urlencoded', body: urlencoded([['__superform_json', s], ...p]), json: true })),
		// __superform_json of the route's fields with values of any type, the poison typed in.
		fc.dictionary(fc.constantFrom(...(nested.length ? nested : ['x'])), anyValue, { maxKeys: 5 }).map((obj) => {
			const data = { ...obj, ...(t.poisonJson ?? t.poison ?? {}) };
			return { kind: 'wrong types in __superform_json', contentType: 'application/x-www-form-urlencoded', body: urlencoded([['__superform_json', devalue.stringify(data)]]), json: true };
		})
	);
}

function bodies(t: Target, endpoint: boolean): fc.Arbitrary<Sent> {
	if (!t.poison) return unreadable(t);
	if (endpoint) {
		const json = fc.oneof(
			text.map((s) => Buffer.from(s)),
			fc.dictionary(fc.constantFrom(...t.fields), anyValue, { maxKeys: 3 }).map((o) => Buffer.from(JSON.stringify({ ...o, ...t.poison })))
		).map((body) => ({ kind: 'json garbage', contentType: 'application/json', body, json: false }));
		return fc.oneof(unreadable(t), garbled(t), json);
	}
	return fc.oneof({ weight: 1, arbitrary: unreadable(t) }, { weight: 2, arbitrary: garbled(t) });
}

/**
 * The defect's own cases, sent to every path on every run before the generated ones: text/plain,
 * the "boundary=zz" body that is not multipart, each nested field posted flat ("items=x"), the
 * poison alone in a plain post, and wrong types in `__superform_json` of a plain post.
 */
function examples(t: Target): [Sent, boolean][] {
	const poison = Object.entries(t.poison ?? {});
	const form = 'application/x-www-form-urlencoded';
	const out: Sent[] = [
		{ kind: 'text/plain', contentType: 'text/plain', body: urlencoded(poison.length ? poison : [['x', '1']]), json: false },
		{ kind: 'broken multipart', contentType: 'multipart/form-data; boundary=zz', body: Buffer.from('not multipart'), json: false }
	];
	if (t.poison) {
		out.push({ kind: 'poison alone', contentType: form, body: urlencoded(poison), json: false });
		for (const f of t.nested ?? []) out.push({ kind: `${f}=x without __superform_json`, contentType: form, body: urlencoded([[f, 'x'], ...poison]), json: true });
		// Every field a number, then every field a list of nothing: what a page drawing rows or lists trips on.
		for (const wrong of [1, [null]]) {
			const typed = Object.fromEntries(t.fields.filter((f) => !/[.[]/.test(f)).map((f) => [f, wrong]));
			out.push({ kind: 'wrong types in __superform_json', contentType: form, body: urlencoded([['__superform_json', devalue.stringify({ ...typed, ...(t.poisonJson ?? t.poison) })]]), json: true });
		}
	}
	return out.flatMap((sent) => [[sent, false], [sent, true]] as [Sent, boolean][]);
}

// ─── Who sends, and what the database holds ────────────────────────────────────────────────

let address = 0;

async function signedIn(request: APIRequest, baseURL: string, email: string | null): Promise<APIRequestContext> {
	const ctx = await request.newContext({
		baseURL,
		// SvelteKit's CSRF check wants a same-origin form post; each context is its own person.
		extraHTTPHeaders: { origin: baseURL, 'x-forwarded-for': `203.0.113.${(address++ % 250) + 1}` }
	});
	if (email) {
		const res = await ctx.post('/login', { form: { email, password: DEMO_PASSWORD }, maxRedirects: 0 });
		expect(res.status(), `đăng nhập ${email}`).toBeLessThan(400);
		const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
		expect(cookies, `đăng nhập ${email}`).toContain('pb_auth');
	}
	return ctx;
}

async function superuser(): Promise<PocketBase> {
	const port = process.env.E2E_PORT || '4317';
	const { url } = JSON.parse(readFileSync(join(tmpdir(), `kieumau-e2e-${port}.json`), 'utf8')) as { url: string };
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('_superusers').authWithPassword(defaults.adminEmail, defaults.adminPassword);
	return pb;
}

/** Every collection's row count and latest change: any write shows in one or the other. */
async function snapshot(pb: PocketBase, names: { name: string; updated: boolean }[]): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const c of names) {
		const page = await pb.collection(c.name).getList(1, 1, c.updated ? { sort: '-updated', fields: 'id,updated' } : { fields: 'id' });
		out[c.name] = `${page.totalItems} @ ${c.updated ? (page.items[0]?.updated ?? '') : '-'}`;
	}
	return out;
}

async function demoIds(pb: PocketBase): Promise<Ids> {
	const secretary = await pb.collection('users').getFirstListItem(pb.filter('email = {:e}', { e: SECRETARY }));
	const enrollments = await pb.collection('enrollments').getFullList({ filter: pb.filter('cell = {:c}', { c: secretary.unit }), sort: '-year' });
	const enrollment = enrollments.find((e) => ['pilot', 'review', 'evaluation'].includes(e.state)) ?? enrollments[0];
	if (!enrollment) throw new Error('no demo enrollment for ' + SECRETARY);
	return { enrollment: enrollment.id, programme: enrollment.programme, user: secretary.id };
}

// ─── The property ──────────────────────────────────────────────────────────────────────────

test('garbled bodies to every form action and write endpoint: no 5xx, no row written', async ({ playwright }, info) => {
	test.setTimeout(Math.max(300_000, RUNS * 40 * 1_000));
	const baseURL = String(info.project.use.baseURL);
	const pb = await superuser();
	const collections = (await pb.collections.getFullList())
		.filter((c) => c.type !== 'view' && !c.name.startsWith('_'))
		.map((c) => ({ name: c.name, updated: c.fields.some((f: { name: string }) => f.name === 'updated') }));
	const ids = await demoIds(pb);
	const contexts = new Map<string | null, APIRequestContext>();
	const totals = { requests: 0, serverErrors: 0, rowsChanged: 0, resets: 0, byStatus: {} as Record<string, number> };
	const problems: string[] = [];

	const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
	const all = [...Object.entries(TARGETS).map(([n, t]) => [n, t, false] as const), ...Object.entries(ENDPOINTS).map(([n, t]) => [n, t, true] as const)].filter(
		([n]) => !only || only.test(n)
	);
	for (const [name, target, endpoint] of all) {
		if (!contexts.has(target.as)) contexts.set(target.as, await signedIn(playwright.request, baseURL, target.as));
		const ctx = contexts.get(target.as)!;
		const before = await snapshot(pb, collections);
		const url = target.path(ids);
		let failure = '';
		// fast-check counts the examples in numRuns: RUNS generated bodies come after them.
		const cases = examples(target);
		await fc
			.assert(
				fc.asyncProperty(bodies(target, endpoint), fc.boolean(), async (sent, enhanced) => {
					const headers: Record<string, string> = { accept: enhanced ? 'application/json' : 'text/html' };
					if (enhanced) headers['x-sveltekit-action'] = 'true';
					if (sent.contentType !== null) headers['content-type'] = sent.contentType;
					const said = `${name}: ${sent.kind} (${sent.contentType}, ${enhanced ? 'enhanced' : 'plain'}, ${sent.body.length} bytes)`;
					const send = () => ctx.fetch(url, { method: 'POST', headers, data: sent.body, maxRedirects: 0, failOnStatusCode: false });
					// A connection reset on a busy machine is sent again once, and counted; a second one fails.
					const res = await send()
						.catch((err: Error) => {
							if (!/ECONNRESET|socket hang up/.test(err.message)) throw err;
							totals.resets++;
							return send();
						})
						.catch((err: Error) => {
							failure = `${said} → no answer: ${err.message.split('\n')[0]}`;
							throw err;
						});
					totals.requests++;
					const status = res.status();
					totals.byStatus[status] = (totals.byStatus[status] ?? 0) + 1;
					if (status >= 500) {
						totals.serverErrors++;
						const answer = (await res.text()).replace(/\s+/g, ' ').slice(0, 160);
						failure = `${said} → ${status} ${answer}\n  body: ${JSON.stringify(sent.body.subarray(0, 160).toString())}`;
						throw new Error(failure);
					}
				}),
				{ seed: SEED, numRuns: cases.length + RUNS, endOnFailure: true, examples: cases }
			)
			.catch((err: Error) => problems.push(failure || `${name}: ${/\nGot (.*)/.exec(err.message)?.[1]?.slice(0, 400) ?? err.message.slice(0, 300)}`));
		const after = await snapshot(pb, collections);
		const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
		if (changed.length) {
			totals.rowsChanged += changed.length;
			problems.push(`${name}: rows written in ${changed.map((k) => `${k} (${before[k]} → ${after[k]})`).join(', ')}`);
		}
	}
	for (const ctx of contexts.values()) await ctx.dispose();
	if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ seed: SEED, runsPerPath: RUNS, paths: all.length, ...totals, problems }, null, 2) + '\n');
	console.log(`fuzz: ${totals.requests} requests to ${all.length} write paths (seed ${SEED}, the defect's cases and ${RUNS} generated bodies each), ${totals.serverErrors} answered 5xx, ${totals.rowsChanged} collections changed, ${totals.resets} connection resets sent again; statuses ${JSON.stringify(totals.byStatus)}`);
	expect(problems).toEqual([]);
});

test('an unreadable body gets a Vietnamese 400 in the shape its caller reads; a large upload still passes', async ({ playwright }, info) => {
	const baseURL = String(info.project.use.baseURL);
	const pb = await superuser();
	const ids = await demoIds(pb);
	const secretary = await signedIn(playwright.request, baseURL, SECRETARY);
	const inspector = await signedIn(playwright.request, baseURL, INSPECTOR);
	const reason = 'Dữ liệu gửi lên không đọc được. Vui lòng tải lại trang và gửi lại biểu mẫu.';
	const url = `/enrollments/${ids.enrollment}/assessments`;
	const post = (ctx: APIRequestContext, path: string, accept: string, contentType: string, data: string | Buffer) =>
		ctx.fetch(path, { method: 'POST', headers: { accept, 'content-type': contentType }, data, maxRedirects: 0, failOnStatusCode: false });
	const before = await snapshot(pb, [{ name: 'self_assessments', updated: true }, { name: 'review_notes', updated: true }]);

	// An enhanced form: SvelteKit's action result, which the page shows in its error view.
	for (const [type, body] of [['text/plain', 'month=2026-01'], ['multipart/form-data; boundary=zz', 'not multipart'], ['application/x-www-form-urlencoded', 'items=x']]) {
		const res = await post(secretary, url, 'application/json', type!, body!);
		expect(res.status(), type).toBe(400);
		expect(await res.json(), type).toEqual({ type: 'error', error: { message: reason } });
	}
	// A plain form post: a 400 page that says why.
	const page = await post(secretary, url, 'text/html', 'text/plain', 'month=2026-01');
	expect(page.status()).toBe(400);
	expect(await page.text()).toContain(reason);
	// An endpoint: { message }.
	const api = await post(inspector, '/api/review-notes', 'application/json', 'text/plain', '{}');
	expect(api.status()).toBe(400);
	expect(await api.json()).toEqual({ message: reason });

	// A well-formed 9 MB multipart passes the gate and reaches the route, which refuses the empty note itself.
	const boundary = 'KieuMauUpload';
	const photo = Buffer.alloc(9 * 1024 * 1024, 0x61);
	const body = Buffer.concat([
		Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n{}\r\n--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
		photo,
		Buffer.from(`\r\n--${boundary}--\r\n`)
	]);
	const upload = await post(inspector, '/api/review-notes', 'application/json', `multipart/form-data; boundary=${boundary}`, body);
	expect(upload.status()).toBe(400);
	expect((await upload.json()).message).not.toBe(reason);

	expect(await snapshot(pb, [{ name: 'self_assessments', updated: true }, { name: 'review_notes', updated: true }])).toEqual(before);
	await secretary.dispose();
	await inspector.dispose();
});
