// Uploaded files against the real server: who may fetch them (protected fields and file tokens),
// how they are named (bidi characters, extensions that follow the content), and that concurrent
// replacements leave no file behind (pb_hooks/files.pb.js, pb_hooks/lib/files.js).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { asGuest, asSuperuser, asUser, attempt } from './helpers/clients';
import { today } from '../../src/lib/domain/clock';
import { enrollmentOf } from './helpers/demo';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
// A 1×1 PNG.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

const pdf = (name: string) => new File([PDF], name, { type: 'application/pdf' });

/** The files in a record's folder (not the thumbnails' folders). */
function filesOnDisk(record: RecordModel): string[] {
	const dir = join(inject('pbDataDir'), 'storage', record.collectionId, record.id);
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isFile() && !d.name.endsWith('.attrs'))
		.map((d) => d.name)
		.sort();
}

/** GET a stored file straight from PocketBase, with `pb`'s own file token when it has a session. */
async function fetchFile(pb: PocketBase, record: RecordModel, name: string): Promise<{ status: number; type: string; body: string }> {
	const token = pb.authStore.isValid ? await pb.files.getToken() : '';
	const url = pb.files.getURL(record, name, token ? { token } : {});
	const res = await fetch(url);
	return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

describe('uploaded files', () => {
	let su: PocketBase;
	let plan: RecordModel; // the plan of Biểu Nghi (Quảng Ninh)
	let meeting: RecordModel; // one of its meetings

	beforeAll(async () => {
		su = await asSuperuser();
		const bn = await enrollmentOf('QN-QY-DM-BN');
		plan = await su.collection('plans').getFirstListItem(su.filter('enrollment = {:e}', { e: bn.id }));
		meeting = await su.collection('meetings').getFirstListItem(su.filter('enrollment = {:e}', { e: bn.id }));
	});

	describe('names follow the content', () => {
		it('stores a PDF named with a right-to-left override as .pdf, without the override', async () => {
			const saved = await su.collection('plans').update(plan.id, { resolutionDoc: pdf('\u202Efdp.exe') });
			const name = saved.resolutionDoc as string;
			expect(name).toMatch(/^fdp_[a-z0-9]{10}\.pdf$/);
			expect(name).not.toContain('\u202E');
			expect(filesOnDisk(saved)).toEqual([name]);
		});

		it('folds a Vietnamese name typed with combining marks (NFD) to one ASCII form', async () => {
			const nfd = 'Nghị quyết số 05.pdf'.normalize('NFD');
			const saved = await su.collection('plans').update(plan.id, { resolutionDoc: pdf(nfd) });
			expect(saved.resolutionDoc).toMatch(/^nghi_quyet_so_05_[a-z0-9]{10}\.pdf$/);
		});

		it('stores a PNG named .pdf as .png', async () => {
			const saved = await su.collection('meetings').update(meeting.id, { minutes: new File([PNG], 'bien-ban.pdf', { type: 'application/pdf' }) });
			expect(saved.minutes).toMatch(/^bien_ban_[a-z0-9]{10}\.png$/);
		});

		it('refuses a text file named .pdf with a Vietnamese reason, and keeps the stored document', async () => {
			const before = await su.collection('plans').getOne(plan.id);
			const out = await attempt(() => su.collection('plans').update(plan.id, { resolutionDoc: new File(['chỉ là văn bản thường'], 'x.pdf', { type: 'application/pdf' }) }));
			expect(out.status).toBe(400);
			expect(out.body.data.resolutionDoc.message).toContain('không đúng loại cho phép');
			const after = await su.collection('plans').getOne(plan.id);
			expect(after.resolutionDoc).toBe(before.resolutionDoc);
			expect(filesOnDisk(after)).toEqual([before.resolutionDoc]);
		});

		it('refuses an SVG avatar (a script carrier), whatever its name', async () => {
			const me = await asUser('bithu.bieunghi@kieumau.vn');
			const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
			const out = await attempt(() => me.collection('users').update(me.authStore.record!.id, { avatar: new File([svg], 'a.png', { type: 'image/png' }) }));
			expect(out.status).toBe(400);
		});
	});

	describe('access needs a file token of someone who may view the record', () => {
		let name: string;
		beforeAll(async () => {
			name = (await su.collection('plans').update(plan.id, { resolutionDoc: pdf('nghi-quyet.pdf') })).resolutionDoc;
		});

		it('without a token: not served', async () => {
			const out = await fetchFile(asGuest(), plan, name);
			expect([403, 404]).toContain(out.status);
			expect(out.body).not.toContain('%PDF');
		});

		it('the cell’s secretary, with their own token: served as PDF', async () => {
			const out = await fetchFile(await asUser('bithu.bieunghi@kieumau.vn'), plan, name);
			expect(out.status).toBe(200);
			expect(out.type).toBe('application/pdf');
			expect(out.body.startsWith('%PDF')).toBe(true);
		});

		it('the officer in charge, with their own token: served', async () => {
			expect((await fetchFile(await asUser('danguy.dongmai@kieumau.vn'), plan, name)).status).toBe(200);
		});

		it('an officer of another province, with their own token: not served', async () => {
			const other = await asUser('tinhuy.thaibinh@kieumau.vn');
			expect((await attempt(() => other.collection('plans').getOne(plan.id))).status).toBe(404);
			const out = await fetchFile(other, plan, name);
			expect([403, 404]).toContain(out.status);
			expect(out.body).not.toContain('%PDF');
		});

		it('a review-note photo: its inspector and the cell’s officer, not another province’s officer nor a guest', async () => {
			const vth = await enrollmentOf('HN-LN-VT-VTH'); // under review, inspected by kiemtra.vinhtru
			const inspector = await asUser('kiemtra.vinhtru@kieumau.vn');
			const body = new FormData();
			body.append('enrollment', vth.id);
			body.append('inspector', inspector.authStore.record!.id);
			body.append('visitedOn', `${today()} 00:00:00.000Z`);
			body.append('strengths', 'Sinh hoạt đúng quy trình');
			body.append('photos', new File([PNG], 'ảnh buổi sinh hoạt.png', { type: 'image/png' }));
			const saved = await inspector.collection('review_notes').create(body);
			expect((saved.photos as string[])[0]).toMatch(/^anh_buoi_sinh_hoat_[a-z0-9]{10}\.png$/);
			const photo = (saved.photos as string[])[0]!;
			const status = async (pb: PocketBase) => (await fetchFile(pb, saved, photo)).status;
			expect(await status(inspector)).toBe(200);
			expect(await status(await asUser('danguy.vinhtru@kieumau.vn'))).toBe(200);
			expect([403, 404]).toContain(await status(await asUser('tinhuy.thaibinh@kieumau.vn')));
			expect([403, 404]).toContain(await status(asGuest()));
		});

		it('an avatar: its owner and their officer, not another province’s officer nor a guest', async () => {
			const owner = await asUser('bithu.bieunghi@kieumau.vn');
			const saved = await owner.collection('users').update(owner.authStore.record!.id, { avatar: new File([PNG], 'chan-dung.png', { type: 'image/png' }) });
			const avatar = saved.avatar as string;
			expect(avatar).toMatch(/^chan_dung_[a-z0-9]{10}\.png$/);
			const status = async (pb: PocketBase) => (await fetchFile(pb, saved, avatar)).status;
			expect(await status(owner)).toBe(200);
			expect(await status(await asUser('danguy.dongmai@kieumau.vn'))).toBe(200);
			expect([403, 404]).toContain(await status(await asUser('tinhuy.thaibinh@kieumau.vn')));
			expect([403, 404]).toContain(await status(asGuest()));
		});

		it('every file field is protected', async () => {
			const fields: [string, string][] = [['plans', 'resolutionDoc'], ['meetings', 'minutes'], ['review_notes', 'photos'], ['users', 'avatar']];
			for (const [collection, field] of fields) {
				const c = await su.collections.getOne(collection);
				const f = c.fields.find((x: { name: string }) => x.name === field);
				expect(f, `${collection}.${field}`).toMatchObject({ type: 'file', protected: true });
			}
		});
	});

	it('20 concurrent replacements of a resolution leave exactly the one file the plan names', async () => {
		// PocketBase deletes the file a save replaces as it read it before writing: concurrent
		// replacements all read the same old file, and the others' files stayed (9 of 20 here).
		for (let round = 0; round < 2; round++) {
			const outcomes = await Promise.all(
				Array.from({ length: 20 }, (_, i) => attempt(() => su.collection('plans').update(plan.id, { resolutionDoc: pdf(`ban-${round}-${i}.pdf`) })))
			);
			expect(outcomes.map((o) => o.status), JSON.stringify(outcomes.find((o) => o.status !== 200)?.body)).toEqual(Array(20).fill(200));
			const after = await su.collection('plans').getOne(plan.id);
			expect(filesOnDisk(after)).toEqual([after.resolutionDoc]);
			// nor the storage's side files (<name>.attrs) of the deleted ones
			const dir = join(inject('pbDataDir'), 'storage', after.collectionId, after.id);
			expect(readdirSync(dir).filter((n) => !n.startsWith('thumbs_')).sort()).toEqual([after.resolutionDoc, `${after.resolutionDoc}.attrs`]);
		}
	});
});
