// `npm run check:mutations`: do the integration tests notice when a protection goes away?
// Each mutant loosens one server-side protection (an API rule in pb_migrations, a check in
// pb_hooks or in the domain the hooks bundle) in a scratch copy of the repository, then runs the
// integration test file that should catch it. The test run failing means the mutant is killed
// (good); passing means it survived: no test notices that protection missing.
//
//   node scripts/mutation-check.mjs                 every mutant, then a table; exit 1 if any survived
//   node scripts/mutation-check.mjs --list          the mutants, each with its file and test
//   node scripts/mutation-check.mjs --only NAME     one mutant (repeatable, or NAME,NAME)
//   node scripts/mutation-check.mjs --baseline      first run each test unmutated (it must pass)
//   node scripts/mutation-check.mjs --keep          keep the scratch copy (its path is printed)
//
// The scratch copy holds the tracked files of the working tree as they are now (uncommitted
// edits included), with node_modules and .pb linked to this repository's. Every find string must
// occur exactly once in its file: when the code moves, the script stops and says which mutant to
// update, so the list stays true. Not part of `npm test`: each mutant starts its own PocketBase
// with the demo seed (~1 min a mutant on 2 cores).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib/pocketbase.mjs';

/**
 * @typedef {{ name: string, what: string, file: string, find: string | RegExp, replace: string,
 *   test: string | string[], filter?: string }} Mutant
 */

/** @type {Mutant[]} */
const MUTANTS = [
	// API rules (migrations are applied from the folder when the test server starts).
	{
		name: 'rule-enrollment-update-any-officer',
		what: 'enrollments.updateRule: an officer updates enrollments outside their subtree',
		file: 'pb_migrations/1764000006_create_enrollments.js',
		find: `(@request.auth.role = "officer" && path ~ @request.auth.unit.path))',`,
		replace: `(@request.auth.role = "officer"))',`,
		test: 'tests/integration/api-rules.test.ts',
		filter: 'sibling subtree'
	},
	{
		name: 'rule-members-read-any-cell',
		what: 'members.listRule/viewRule: a secretary reads the members of every cell',
		file: 'pb_migrations/1764000005_create_members.js',
		find: `const read = '@request.auth.id != "" && @request.auth.unit != "" && ((@request.auth.role = "secretary" && cell = @request.auth.unit)`,
		replace: `const read = '@request.auth.id != "" && @request.auth.unit != "" && ((@request.auth.role = "secretary")`,
		test: 'tests/integration/api-rules.test.ts',
		filter: 'secretary lists members'
	},
	{
		name: 'rule-unit-stats-ancestors',
		what: 'unit_stats.listRule/viewRule: back to reading every ancestor’s counters (a secretary reads the province’s)',
		file: 'pb_migrations/1765100400_update_unit_stats.js',
		find: `  const read = '@request.auth.id != "" && @request.auth.unit != "" && unit.path ~ @request.auth.unit.path';`,
		replace: `  const read = '@request.auth.id != "" && @request.auth.unit != "" && (unit.path ~ @request.auth.unit.path || @request.auth.unit.path ~ unit.id)';`,
		test: 'tests/integration/unit-stats.test.ts',
		filter: 'grassroots officer reads their subtree'
	},
	{
		name: 'rule-enrollment-read-any-inspector',
		what: 'enrollmentRead (enrollments, meetings, review notes…): an inspector reads cells not assigned to them',
		file: 'pb_hooks/lib/scope-rules.js',
		find: '(@request.auth.role = "inspector" && (${p}inspectors.id ?= @request.auth.id || ${p}supervisor = @request.auth.id))',
		replace: '(@request.auth.role = "inspector")',
		test: 'tests/integration/inspector-scope.test.ts'
	},
	{
		name: 'rule-minutes-not-protected',
		what: 'meetings.minutes no longer a protected file: served to anyone with the URL',
		file: 'pb_migrations/1765100100_update_file_fields.js',
		find: '  ["meetings", "minutes"],\n',
		replace: '',
		test: 'tests/integration/files.test.ts'
	},
	// Hook checks.
	{
		name: 'hook-lifecycle-expected-state',
		what: 'lifecycle events: a stale expectedState is no longer refused',
		file: 'pb_hooks/lib/lifecycle-service.js',
		find: 'if (body.expectedState && body.expectedState !== current) {',
		replace: 'if (false) {',
		test: 'tests/integration/lifecycle-rules.test.ts',
		filter: 'stale expectedState'
	},
	{
		name: 'hook-lifecycle-awaited-committee',
		what: 'lifecycle events: any officer decides a step, not only the awaited committee’s (domain, via the hooks bundle)',
		file: 'src/lib/domain/lifecycle-permissions.ts',
		find: 'if (actor.unitId !== awaitingUnitId) {',
		replace: 'if (false) {',
		test: 'tests/integration/lifecycle-authz.test.ts'
	},
	{
		name: 'hook-secretary-writes-lifecycle',
		what: 'enrollments: a secretary may write the lifecycle fields (state, score…) through the records API',
		file: 'pb_hooks/lib/enrollment-fields.js',
		find: 'if (role === "secretary") return state === "draft" ? REGISTRATION_FIELDS : [];',
		replace: 'if (role === "secretary") return LIFECYCLE_FIELDS.concat(REGISTRATION_FIELDS);',
		test: 'tests/integration/api-rules.test.ts',
		filter: 'secretary writes'
	},
	{
		name: 'hook-supervisor-from-anywhere',
		what: 'enrollments: an officer may name as supervisor or inspector someone outside the committees above the cell',
		file: 'pb_hooks/lib/enrollment-fields.js',
		find: 'return unit && unit !== cell && path.indexOf("/" + unit + "/") >= 0 ? user.getString("role") : "";',
		replace: 'return user.getString("role");',
		test: 'tests/integration/api-rules.test.ts',
		filter: 'grassroots officer names'
	},
	{
		name: 'hook-assessment-future-month',
		what: 'self-assessments: a month that has not begun is accepted',
		file: 'pb_hooks/lib/assessment.js',
		find: 'if (month && month > current) errors.month',
		replace: 'if (false) errors.month',
		test: 'tests/integration/cell-rules.test.ts',
		filter: 'monthly self-assessment'
	},
	{
		name: 'hook-members-on-committee',
		what: 'members: a member may be created on a committee unit, not only on a cell',
		file: 'pb_hooks/members.pb.js',
		find: 'cell = null; }\n  if (cell && cell.getString("kind") !== "cell") {',
		replace: 'cell = null; }\n  if (false) {',
		test: 'tests/integration/integrity.test.ts',
		filter: 'members on cells'
	},
	{
		name: 'hook-review-note-any-meeting',
		what: 'review notes: a note may cite another enrollment’s meeting',
		file: 'pb_hooks/lib/review-notes.js',
		find: 'if (!owner || owner !== record.getString("enrollment")) {',
		replace: 'if (!owner) {',
		test: 'tests/integration/integrity.test.ts',
		filter: 'review note and its meeting'
	},
	{
		name: 'hook-history-delete-kept',
		what: 'meetings, plan tasks: a kept month’s record may be deleted',
		file: 'pb_hooks/lib/history.js',
		find: 'function checkDelete(app, collection, record) {\n  const month = recordKept(app, collection, record);',
		replace: 'function checkDelete(app, collection, record) {\n  const month = null;',
		test: 'tests/integration/history.test.ts'
	},
	{
		name: 'hook-members-move-to-committee',
		what: 'members: a member may be moved from a cell onto a committee unit',
		file: 'pb_hooks/members.pb.js',
		find: 'cell = null; }\n    if (cell && cell.getString("kind") !== "cell") {',
		replace: 'cell = null; }\n    if (false) {',
		test: 'tests/integration/integrity.test.ts',
		filter: 'members on cells'
	},
	{
		name: 'hook-history-move-kept',
		what: 'meetings, plan tasks: a kept month’s record may be moved to another month',
		file: 'pb_hooks/lib/history.js',
		find: 'const month = recordKept(app, collection, before);',
		replace: 'const month = null;',
		test: 'tests/integration/history.test.ts'
	},
	{
		name: 'hook-assessment-submitted-by',
		what: 'self-assessments: the filer is taken from the body instead of the signed-in secretary',
		file: 'pb_hooks/self_assessments.pb.js',
		find: 'if (!e.hasSuperuserAuth() && e.auth) e.record.set("submittedBy", e.auth.id);',
		replace: 'if (false) e.record.set("submittedBy", e.auth.id);',
		test: 'tests/integration/integrity.test.ts',
		filter: 'who filed a self-assessment'
	},
	{
		name: 'hook-lifecycle-visible',
		what: 'lifecycle events: sent to an enrollment the actor cannot see (no 404)',
		file: 'pb_hooks/lib/lifecycle-service.js',
		find: '  const id = e.request.pathValue("id");\n  if (!findVisible(e, id)) return fail(404, "Không tìm thấy hồ sơ.");\n  const actor = actorOf(e);\n  if (!actor) return fail(403',
		replace: '  const id = e.request.pathValue("id");\n  const actor = actorOf(e);\n  if (!actor) return fail(403',
		test: 'tests/integration/lifecycle-authz.test.ts'
	}
];

// ── arguments ──
const args = process.argv.slice(2);
const only = [];
let list = false;
let baseline = false;
let keep = false;
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '--list') list = true;
	else if (a === '--baseline') baseline = true;
	else if (a === '--keep') keep = true;
	else if (a === '--only') only.push(...(args[++i] ?? '').split(',').filter(Boolean));
	else if (a.startsWith('--only=')) only.push(...a.slice(7).split(',').filter(Boolean));
	else {
		console.error(`Tham số không hợp lệ: ${a}\nDùng: --list | --only TÊN | --baseline | --keep`);
		process.exit(2);
	}
}

const tests = (m) => (Array.isArray(m.test) ? m.test : [m.test]);

/** The file's text with the mutation applied; throws when the find string is not there exactly once. */
function mutate(m, text) {
	if (m.find instanceof RegExp) {
		const hits = text.match(new RegExp(m.find.source, m.find.flags.includes('g') ? m.find.flags : m.find.flags + 'g'));
		if (!hits || hits.length !== 1) throw new Error(`${m.name}: ${m.find} khớp ${hits ? hits.length : 0} lần trong ${m.file} (cần đúng 1)`);
		return text.replace(m.find, m.replace);
	}
	const count = text.split(m.find).length - 1;
	if (count !== 1) throw new Error(`${m.name}: chuỗi cần tìm xuất hiện ${count} lần trong ${m.file} (cần đúng 1):\n${m.find}`);
	return text.replace(m.find, () => m.replace);
}

// Check every mutant against the code before running anything.
const names = new Set(MUTANTS.map((m) => m.name));
for (const n of only) if (!names.has(n)) {
	console.error(`Không có mutant tên "${n}". Danh sách: node scripts/mutation-check.mjs --list`);
	process.exit(2);
}
const chosen = only.length ? MUTANTS.filter((m) => only.includes(m.name)) : MUTANTS;
let stale = false;
for (const m of MUTANTS) {
	try {
		mutate(m, readFileSync(join(root, m.file), 'utf8'));
		for (const t of tests(m)) if (!existsSync(join(root, t))) throw new Error(`${m.name}: không có tệp kiểm thử ${t}`);
	} catch (err) {
		console.error(`✗ ${err.message}`);
		stale = true;
	}
}
if (stale) {
	console.error('Danh sách mutant không còn khớp với mã nguồn: hãy cập nhật scripts/mutation-check.mjs.');
	process.exit(2);
}

if (list) {
	for (const m of MUTANTS) {
		console.log(`${m.name}\n    ${m.what}\n    sửa: ${m.file}\n    bắt bởi: ${tests(m).join(' ')}${m.filter ? ` -t "${m.filter}"` : ''}`);
	}
	console.log(`${MUTANTS.length} mutant.`);
	process.exit(0);
}

// ── the scratch copy ──
const scratch = mkdtempSync(join(tmpdir(), 'kieumau-mutants-'));
const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
for (const f of tracked) {
	const from = join(root, f);
	if (!existsSync(from)) continue; // deleted in the working tree
	mkdirSync(dirname(join(scratch, f)), { recursive: true });
	cpSync(from, join(scratch, f));
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
symlinkSync(join(root, '.pb'), join(scratch, '.pb'));
console.log(`• Bản sao tạm: ${scratch} (${tracked.length} tệp)`);
// svelte-kit sync writes .svelte-kit/tsconfig.json, which tsconfig.json extends.
spawnSync(process.execPath, [join(scratch, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js'), 'sync'], { cwd: scratch, stdio: 'ignore' });
// The hooks bundle (each test run rebuilds it, from the mutated domain when that is the mutant).
spawnSync(process.execPath, [join(scratch, 'scripts', 'build-hooks.mjs')], { cwd: scratch, stdio: 'inherit' });
// One business date for the whole check, as `npm test` does (read from the unmutated scratch).
const { today } = await import(pathToFileURL(join(scratch, 'scripts', 'lib', 'clock.mjs')).href);
process.env.KIEUMAU_TODAY ??= today();

/** Runs the test files in the scratch copy; {failed, passed, error, seconds}. */
function runTests(files, filter) {
	const report = join(scratch, '.mutation-report.json');
	rmSync(report, { force: true });
	const started = performance.now();
	const r = spawnSync(
		process.execPath,
		[join(scratch, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'integration', ...files,
			...(filter ? ['-t', filter] : []), '--reporter=json', `--outputFile=${report}`],
		{ cwd: scratch, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 }
	);
	const seconds = (performance.now() - started) / 1000;
	let j = null;
	try {
		j = JSON.parse(readFileSync(report, 'utf8'));
	} catch {
		j = null;
	}
	const passed = j?.numPassedTests ?? 0;
	const failed = j?.numFailedTests ?? 0;
	// A run that failed without a failing test (the server did not start, a suite crashed) proves
	// nothing about the mutant: reported apart.
	const error = r.status !== 0 && failed === 0 ? ((r.stderr || r.stdout || '').trim().split('\n').slice(-8).join('\n') || `exit ${r.status}`) : null;
	const failedNames = (j?.testResults ?? []).flatMap((f) => (f.assertionResults ?? []).filter((a) => a.status === 'failed').map((a) => a.fullName ?? a.title));
	return { status: r.status, passed, failed, error, seconds, failedNames };
}

const fmt = (s) => `${s.toFixed(0)} s`;
const startedAll = performance.now();
let baselineBroken = false;
if (baseline) {
	const runs = new Map();
	for (const m of chosen) {
		const key = tests(m).join(' ') + (m.filter ? ` -t ${m.filter}` : '');
		if (!runs.has(key)) runs.set(key, m);
	}
	for (const [key, m] of runs) {
		process.stdout.write(`• Chạy gốc (chưa sửa): ${key} … `);
		const r = runTests(tests(m), m.filter);
		const ok = r.status === 0 && r.passed > 0;
		console.log(ok ? `đạt (${r.passed} test, ${fmt(r.seconds)})` : `KHÔNG ĐẠT: ${r.failed} lỗi ${r.failedNames.join('; ')} ${r.error ?? ''}`);
		if (!ok) baselineBroken = true;
	}
	if (baselineBroken) console.log('Kiểm thử gốc không đạt: kết quả mutant bên dưới không có ý nghĩa.');
}

const results = [];
for (const m of chosen) {
	const path = join(scratch, m.file);
	const original = readFileSync(path, 'utf8');
	writeFileSync(path, mutate(m, original));
	process.stdout.write(`• ${m.name} … `);
	let r;
	try {
		r = runTests(tests(m), m.filter);
	} finally {
		writeFileSync(path, original);
	}
	const outcome = r.error ? 'error' : r.failed > 0 ? 'killed' : r.passed > 0 ? 'survived' : 'error';
	results.push({ m, r, outcome });
	console.log(
		outcome === 'killed' ? `bị phát hiện (${r.failed}/${r.failed + r.passed} test hỏng, ${fmt(r.seconds)}): ${r.failedNames.slice(0, 3).join('; ')}${r.failedNames.length > 3 ? '; …' : ''}`
		: outcome === 'survived' ? `SỐNG SÓT: ${r.passed} test vẫn đạt (${fmt(r.seconds)})`
		: `LỖI CHẠY (${fmt(r.seconds)}):\n${r.error ?? 'không test nào chạy'}`
	);
}
const total = (performance.now() - startedAll) / 1000;

const LABEL = { killed: 'killed', survived: 'SURVIVED', error: 'ERROR' };
const w = Math.max(...results.map((x) => x.m.name.length), 6);
console.log(`\n${'mutant'.padEnd(w)}  ${'result'.padEnd(8)}  ${'time'.padStart(6)}  failing tests  test`);
for (const { m, r, outcome } of results) {
	console.log(`${m.name.padEnd(w)}  ${LABEL[outcome].padEnd(8)}  ${fmt(r.seconds).padStart(6)}  ${String(r.failed).padStart(3)}/${String(r.failed + r.passed).padEnd(3)}      ${tests(m).map((t) => t.replace('tests/integration/', '')).join(' ')}${m.filter ? ` -t "${m.filter}"` : ''}`);
}
const killed = results.filter((x) => x.outcome === 'killed').length;
const survived = results.filter((x) => x.outcome === 'survived').length;
const errors = results.filter((x) => x.outcome === 'error').length;
console.log(`\n${killed} killed, ${survived} survived${errors ? `, ${errors} error` : ''} (${results.length} mutants, ${fmt(total)} in all)`);

if (keep) console.log(`• Giữ bản sao tạm: ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
process.exit(survived || errors || baselineBroken ? 1 : 0);
