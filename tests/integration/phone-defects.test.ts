// Defects the phone journey found (issue 16, items 9–12), against the real server:
//  9. a next-year draft is seen only by its own committee, and the dashboard (and the exports
//     that share its choice) open on the active programme of this year, not on the draft;
// 10. a grassroots committee saves its part of the supervision after the district assigned its
//     own inspector, which is kept; nobody below may take off what a higher committee assigned;
// 11. the committee deciding the cell sees the name and committee of a higher committee's
//     inspector (supervision, review note);
// 12. an intermediate approval says who approved and where the file went.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentYear } from '../../src/lib/domain/clock';
import { translator } from '../../src/lib/i18n';
import { historyLine } from '../../src/lib/history-line';
import { programmeFor } from '../../src/lib/server/dashboard';
import { loadDossier, reviewNotesOf } from '../../src/lib/server/committee/dossier';
import { applySupervision, othersPart, candidatesFor } from '../../src/lib/server/committee/supervision';
import { asGuest, attempt } from './helpers/clients';
import { actor, buildWorld, enrolmentAt, must, newProgramme, reviewNoteBody, type Enrolment, type World } from './helpers/lifecycle-fixtures';

let world: World;

beforeAll(async () => {
	world = await buildWorld('phone');
}, 120_000);

describe('9. a draft for next year', () => {
	let active: RecordModel;
	let draft: RecordModel;

	beforeAll(async () => {
		active = await world.su.collection('programmes').update((await newProgramme(world, 'p4')).id, { year: currentYear() });
		const officer = await world.as(world.people.officerP4);
		draft = await must('copy to next year', () =>
			officer.send(`/api/programmes/${active.id}/copy`, { method: 'POST', body: { year: currentYear() + 1, name: `Chi bộ kiểu mẫu ${currentYear() + 1} ${world.suffix}` } })
		);
		expect((await world.su.collection('programmes').getOne(draft.id)).status).toBe('draft');
	});

	it('is seen by its own committee only', async () => {
		// The owning committee's people (its officer, its viewer) read it.
		for (const key of ['officerP4', 'viewer'] as const) {
			const owner = await world.as(world.people[key]);
			expect((await owner.collection('programmes').getOne(draft.id)).id, key).toBe(draft.id);
		}
		for (const key of ['officerD', 'officerG', 'inspector', 'inspectorD'] as const) {
			const pb = await world.as(world.people[key]);
			const ids = (await pb.collection('programmes').getFullList({ fields: 'id' })).map((p) => p.id);
			expect(ids, key).toContain(active.id);
			expect(ids, key).not.toContain(draft.id);
			expect((await attempt(() => pb.collection('programmes').getOne(draft.id))).status, key).toBe(404);
		}
	});

	it('does not move the dashboard off this year’s active programme, for its owner or below', async () => {
		for (const key of ['officerP4', 'officerD', 'officerG'] as const) {
			const { programme } = await programmeFor(await world.as(world.people[key]), null);
			expect(programme?.id, key).toBe(active.id);
		}
		// Chosen on purpose, the owner still opens the draft.
		const { programme } = await programmeFor(await world.as(world.people.officerP4), draft.id);
		expect(programme?.id).toBe(draft.id);
	});
});

describe('10–11. supervision across committees', () => {
	let e: Enrolment;
	let officerG: PocketBase;
	let officerD: PocketBase;
	const name = (key: keyof World['people']) => world.people[key].name as string;

	beforeAll(async () => {
		e = await enrolmentAt(world, { state: 'review' });
		officerG = await actor(e, world.people.officerG);
		officerD = await actor(e, world.people.officerD);
		// The grassroots committee (which supervises) put its inspector on; the district adds its own.
		await must('grassroots assigns', () => officerG.collection('enrollments').update(e.record.id, { supervisor: world.people.officerG.id, inspectors: [world.people.inspector.id] }));
		await must('district assigns', () => officerD.collection('enrollments').update(e.record.id, { 'inspectors+': world.people.inspectorD.id }));
		const inspectorD = await actor(e, world.people.inspectorD);
		await must('district inspector files a note', () => inspectorD.collection('review_notes').create(reviewNoteBody(e, world.people.inspectorD)));
	}, 120_000);

	const stored = () => world.su.collection('enrollments').getOne(e.record.id);

	it('10. the grassroots committee saves its own part; the district’s inspector is kept', async () => {
		const enrollment = await officerG.collection('enrollments').getOne(e.record.id);
		const others = await othersPart(officerG, enrollment, await candidatesFor(officerG, enrollment));
		expect(others.inspectors.map((p) => [p.name, p.unitName])).toEqual([[name('inspectorD'), world.units.d.name]]);
		// It changes its member in charge and takes its own inspector off: saved, the district's kept.
		const out = await applySupervision(officerG, enrollment, world.people.officerG2nd.id, []);
		expect(out).toEqual({ ok: true });
		const after = await stored();
		expect(after.supervisor).toBe(world.people.officerG2nd.id);
		expect(after.inspectors).toEqual([world.people.inspectorD.id]);
		// And puts its inspector back.
		expect(await applySupervision(officerG, after, world.people.officerG2nd.id, [world.people.inspector.id])).toEqual({ ok: true });
		expect((await stored()).inspectors.sort()).toEqual([world.people.inspectorD.id, world.people.inspector.id].sort());
	});

	it('10. the API refuses a lower committee changing what the district assigned: 400 in Vietnamese, nothing written', async () => {
		const before = await stored();
		for (const body of [{ inspectors: [world.people.inspector.id] }, { 'inspectors-': world.people.inspectorD.id }, { inspectors: [] }]) {
			const out = await attempt(() => officerG.collection('enrollments').update(e.record.id, body));
			expect(out.status, JSON.stringify(body)).toBe(400);
			expect(out.body.message, JSON.stringify(body)).toMatch(/^Không được thay đổi người do cấp ủy cấp trên phân công/);
		}
		const after = await stored();
		expect([after.supervisor, after.inspectors]).toEqual([before.supervisor, before.inspectors]);
		// The district changes both parts (its own and the one below it).
		const ok = await attempt(() => officerD.collection('enrollments').update(e.record.id, { inspectors: [world.people.inspectorD.id, world.people.inspectorOther.id] }));
		expect(ok.status).toBe(200);
		await must('restore', () => officerD.collection('enrollments').update(e.record.id, { inspectors: before.inspectors }));
	});

	it('11. the deciding committee sees the district inspector’s name and committee, on the file and on the note', async () => {
		const enrollment = await officerG.collection('enrollments').getOne(e.record.id, { expand: 'cell,programme,supervisor,inspectors' });
		const dossier = await loadDossier(officerG, enrollment);
		expect(dossier.supervision.inspectors.map((p) => [p.name, p.unitName]).sort()).toEqual(
			[[name('inspector'), world.units.g.name], [name('inspectorD'), world.units.d.name]].sort()
		);
		const notes = await reviewNotesOf(officerG, e.record.id);
		expect(notes.map((n) => [n.inspectorName, n.inspectorUnit])).toEqual([[name('inspectorD'), world.units.d.name]]);
	});

	it('11. the names are answered only to those who may view the file', async () => {
		const path = `/api/enrollments/${e.record.id}/people`;
		expect((await attempt(() => asGuest().send(path, {}))).status).toBe(401);
		expect((await attempt(async () => (await world.as(world.people.officerPX)).send(path, {}))).status).toBe(404);
		expect((await attempt(() => e.sec.send(path, {}))).status).toBe(404);
		const ok = await attempt(async () => (await world.as(world.people.officerP4)).send(path, {}));
		expect(ok.status).toBe(200);
		expect(ok.body.people.map((p: { id: string }) => p.id).sort()).toEqual(
			[world.people.officerG2nd.id, world.people.inspector.id, world.people.inspectorD.id].sort()
		);
	});
});

describe('12. the history of an intermediate approval', () => {
	it('says who approved and where the file went', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 1 });
		const rows = await world.su.collection('transitions').getFullList({ filter: world.su.filter('enrollment = {:id}', { id: e.record.id }), sort: 'created,id' });
		const approval = rows.find((r) => r.event === 'APPROVE')!;
		expect([approval.from, approval.to]).toEqual(['selection', 'selection']);
		const vi = translator('vi');
		expect(historyLine(approval as never, vi)).toBe(`${world.units.g.name} phê duyệt, chuyển ${world.units.d.name}`);
		expect(historyLine(approval as never, translator('en'))).toBe(`${world.units.g.name} approved and passed the file to ${world.units.d.name}`);
		// Other rows keep "event · from → to".
		expect(historyLine(rows[0] as never, vi)).toBe('Gửi · Nháp đăng ký → Chờ lựa chọn');
	});
});
