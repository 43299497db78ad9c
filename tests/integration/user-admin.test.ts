// Officers administering accounts in their own subtree through /api/accounts
// (pb_hooks/users.pb.js, lib/user-admin.js): who may list, create and change whom, that a locked
// account can no longer sign in or use its token, and that the plain users API stays closed.
// A private tree per run.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { asGuest, asSuperuser, asUser, attempt, impersonate, newClient } from './helpers/clients';

let su: PocketBase;
const tag = Math.random().toString(36).slice(2, 8);
const u: Record<string, RecordModel> = {};
const people: Record<string, RecordModel> = {};
const as: Record<string, PocketBase> = {};
const email = (key: string) => `ua-${tag}-${key}@test.kieumau.vn`;

async function mkUnit(key: string, body: Record<string, unknown>) {
	u[key] = await su.collection('units').create({ code: `UA-${tag}-${key}`, parent: '', ...body });
}

async function mkUser(key: string, name: string, role: string, unit: string) {
	const pw = `Ua-${tag}-pass-2026`;
	people[key] = await su.collection('users').create({ email: email(key), password: pw, passwordConfirm: pw, verified: true, name, role, unit: u[unit]!.id });
	as[key] = await impersonate(people[key]!.id);
}

const api = (pb: PocketBase, method: string, path: string, body?: unknown) => attempt(() => pb.send(path, { method, ...(body ? { body } : {}) }));
const list = (pb: PocketBase, query = '') => api(pb, 'GET', `/api/accounts${query}`);
const create = (pb: PocketBase, body: Record<string, unknown>) => api(pb, 'POST', '/api/accounts', body);
const patch = (pb: PocketBase, id: string, body: Record<string, unknown>) => api(pb, 'PATCH', `/api/accounts/${id}`, body);

beforeAll(async () => {
	su = await asSuperuser();
	await mkUnit('P', { name: `Tỉnh ủy Tài Khoản ${tag}`, kind: 'province' });
	await mkUnit('D1', { name: `Huyện ủy Một ${tag}`, kind: 'district', parent: u.P!.id });
	await mkUnit('D2', { name: `Huyện ủy Hai ${tag}`, kind: 'district', parent: u.P!.id });
	await mkUnit('G1', { name: `Đảng ủy xã Một ${tag}`, kind: 'grassroots', parent: u.D1!.id });
	await mkUnit('C1', { name: `Chi bộ thôn Một ${tag}`, kind: 'cell', parent: u.G1!.id, cellType: 'residential' });
	await mkUser('oP', 'Nguyễn Văn Tỉnh', 'officer', 'P');
	await mkUser('oD1', 'Trần Thị Huyện', 'officer', 'D1');
	await mkUser('oD1b', 'Phạm Văn Đồng Cấp', 'officer', 'D1');
	await mkUser('oD2', 'Lê Văn Bên', 'officer', 'D2');
	await mkUser('iG1', 'Hoàng Thị Kiểm', 'inspector', 'G1');
});

describe('listing accounts', () => {
	it('shows an officer the accounts of their subtree only, newest first, without a total', async () => {
		const out = await list(as.oD1!, '?perPage=100');
		expect(out.status).toBe(200);
		const ids = out.body.items.map((i: { id: string }) => i.id);
		expect(ids).toEqual(expect.arrayContaining([people.oD1!.id, people.oD1b!.id, people.iG1!.id]));
		expect(ids).not.toContain(people.oP!.id);
		expect(ids).not.toContain(people.oD2!.id);
		expect(out.body).not.toHaveProperty('totalItems');
		const mine = out.body.items.find((i: { id: string }) => i.id === people.oD1!.id);
		const peer = out.body.items.find((i: { id: string }) => i.id === people.oD1b!.id);
		const below = out.body.items.find((i: { id: string }) => i.id === people.iG1!.id);
		expect([mine.manageable, peer.manageable, below.manageable]).toEqual([false, false, true]);
		expect(below.email).toBe(email('iG1'));
	});

	it('filters by unit, role and a search on name or email, one page at a time', async () => {
		expect((await list(as.oP!, `?unit=${u.D1!.id}&subtree=0`)).body.items.map((i: { id: string }) => i.id).sort()).toEqual([people.oD1!.id, people.oD1b!.id].sort());
		expect((await list(as.oP!, '?role=inspector')).body.items.map((i: { id: string }) => i.id)).toEqual([people.iG1!.id]);
		expect((await list(as.oP!, '?q=kiểm')).body.items.map((i: { id: string }) => i.id)).toEqual([people.iG1!.id]);
		expect((await list(as.oP!, `?q=${encodeURIComponent(`ua-${tag}-od2`)}`)).body.items.map((i: { id: string }) => i.id)).toEqual([people.oD2!.id]);
		const first = await list(as.oP!, '?perPage=2');
		expect(first.body.items).toHaveLength(2);
		expect(first.body.hasMore).toBe(true);
		const second = await list(as.oP!, '?perPage=2&page=2');
		expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
	});

	it('answers 404 for a unit outside the subtree, 403 to other roles, 401 to guests', async () => {
		expect((await list(as.oD1!, `?unit=${u.P!.id}`)).status).toBe(404);
		expect((await list(as.oD1!, `?unit=${u.D2!.id}`)).status).toBe(404);
		expect((await list(as.iG1!)).status).toBe(403);
		expect((await list(asGuest())).status).toBe(401);
	});
});

describe('creating accounts', () => {
	it('creates a secretary with a generated password that signs in', async () => {
		const out = await create(as.oD1!, { name: 'Mai Thị Bí Thư', email: email('sec'), role: 'secretary', unit: u.C1!.id });
		expect(out.status).toBe(200);
		expect(out.body.password).toMatch(/^\S{12}$/);
		expect(out.body.account).toMatchObject({ role: 'secretary', unit: { id: u.C1!.id }, disabled: false });
		people.sec = await su.collection('users').getOne(out.body.account.id);
		const pb = newClient();
		await pb.collection('users').authWithPassword(email('sec'), out.body.password);
		as.sec = pb;
	});

	it('takes a chosen password and does not echo it', async () => {
		const out = await create(as.oP!, { name: 'Vũ Văn Theo Dõi', email: email('view'), role: 'viewer', unit: u.P!.id, password: 'Chon-Mat-Khau-1' });
		expect(out.status).toBe(200);
		expect(out.body.password).toBe('');
		people.view = await su.collection('users').getOne(out.body.account.id);
	});

	const refusals: Array<[string, string, () => Record<string, unknown>, string]> = [
		['an officer beside themself (same unit)', 'oD1', () => ({ role: 'officer', unit: u.D1!.id }), 'role'],
		['an account above their unit', 'oD1', () => ({ role: 'viewer', unit: u.P!.id }), 'unit'],
		['an account in another district', 'oD1', () => ({ role: 'viewer', unit: u.D2!.id }), 'unit'],
		['a secretary at a committee', 'oD1', () => ({ role: 'secretary', unit: u.G1!.id }), 'unit'],
		['an inspector at a cell', 'oD1', () => ({ role: 'inspector', unit: u.C1!.id }), 'unit'],
		['a role that does not exist', 'oD1', () => ({ role: 'admin', unit: u.G1!.id }), 'role'],
		['an email already taken', 'oD1', () => ({ role: 'viewer', unit: u.G1!.id, email: email('oD2') }), 'email'],
		['a password too short', 'oD1', () => ({ role: 'viewer', unit: u.G1!.id, password: '123' }), 'password'],
		['an email that is not one', 'oD1', () => ({ role: 'viewer', unit: u.G1!.id, email: 'khong-phai-email' }), 'email'],
		['a one-letter name', 'oD1', () => ({ role: 'viewer', unit: u.G1!.id, name: 'A' }), 'name']
	];
	for (const [name, who, body, field] of refusals) {
		it(`refuses ${name}, beside the field`, async () => {
			const out = await create(as[who]!, { name: 'Đinh Văn Thử', email: email(`x${Math.random().toString(36).slice(2, 7)}`), ...body() });
			expect(out.status).toBe(400);
			expect(Object.keys(out.body.data)).toContain(field);
			expect(out.body.data[field].message).toMatch(/[À-ỹ]/);
		});
	}

	it('is refused to inspectors, secretaries and guests, and the plain users API stays closed', async () => {
		const body = { name: 'Đinh Văn Lạ', email: email('lạ'), role: 'viewer', unit: u.G1!.id };
		expect((await create(as.iG1!, body)).status).toBe(403);
		expect((await create(asGuest(), body)).status).toBe(401);
		expect((await create(await asUser('bithu.bieunghi@kieumau.vn'), body)).status).toBe(403);
		const plain = await attempt(() => as.oD1!.collection('users').create({ ...body, email: email('plain'), password: 'Mat-Khau-2026', passwordConfirm: 'Mat-Khau-2026' }));
		expect(plain.status).toBe(403);
	});
});

describe('changing accounts', () => {
	it('changes the role and unit of an account below, within the subtree', async () => {
		const out = await patch(as.oD1!, people.iG1!.id, { role: 'viewer', unit: u.D1!.id, name: 'Hoàng Thị Kiểm Tra' });
		expect(out.status).toBe(200);
		expect(out.body.account).toMatchObject({ role: 'viewer', unit: { id: u.D1!.id }, name: 'Hoàng Thị Kiểm Tra' });
		expect((await patch(as.oD1!, people.iG1!.id, { role: 'inspector', unit: u.G1!.id })).status).toBe(200);
	});

	it('refuses changing oneself, a peer, an account outside, or moving one outside', async () => {
		expect((await patch(as.oD1!, people.oD1!.id, { name: 'Tự Đổi' })).status).toBe(403);
		expect((await patch(as.oD1!, people.oD1!.id, { role: 'viewer' })).status).toBe(403);
		expect((await patch(as.oD1!, people.oD1b!.id, { disabled: true })).status).toBe(403);
		expect((await patch(as.oD1!, people.oP!.id, { disabled: true })).status).toBe(404);
		expect((await patch(as.oD1!, people.oD2!.id, { role: 'viewer' })).status).toBe(404);
		const away = await patch(as.oD1!, people.iG1!.id, { unit: u.D2!.id });
		expect(away.status).toBe(400);
		expect(Object.keys(away.body.data)).toEqual(['unit']);
		const up = await patch(as.oD1!, people.iG1!.id, { role: 'officer', unit: u.D1!.id });
		expect(up.status).toBe(400);
		expect((await su.collection('users').getOne(people.iG1!.id)).role).toBe('inspector');
	});

	it('refuses self-service changes of role, unit or lock through the plain API', async () => {
		const me = people.oD1!.id;
		for (const body of [{ role: 'viewer' }, { unit: u.P!.id }, { disabled: true }]) {
			expect((await attempt(() => as.oD1!.collection('users').update(me, body))).status).toBe(404);
		}
		expect((await attempt(() => as.oD1!.collection('users').update(people.iG1!.id, { role: 'viewer' }))).status).toBe(404);
	});

	it('locks an account: its token stops working, it cannot sign in, its history stays; unlocking restores sign-in', async () => {
		expect((await attempt(() => as.sec!.collection('users').authRefresh())).status).toBe(200);
		const out = await patch(as.oD1!, people.sec!.id, { disabled: true });
		expect(out.status).toBe(200);
		expect(out.body.account.disabled).toBe(true);
		expect((await attempt(() => as.sec!.collection('users').authRefresh())).status).toBe(401);
		expect((await attempt(() => as.sec!.collection('members').getList(1, 1))).body.items ?? []).toHaveLength(0);
		const reset = await patch(as.oD1!, people.sec!.id, { resetPassword: true });
		expect(reset.body.password).toMatch(/^\S{12}$/);
		expect((await attempt(() => newClient().collection('users').authWithPassword(email('sec'), reset.body.password))).status).toBe(403);
		expect((await su.collection('users').getOne(people.sec!.id)).id).toBe(people.sec!.id);
		await patch(as.oD1!, people.sec!.id, { disabled: false });
		expect((await attempt(() => newClient().collection('users').authWithPassword(email('sec'), reset.body.password))).status).toBe(200);
	});
});

// The level rule, as the README states it: an officer places officers only strictly below their
// own unit (a fellow officer of the same committee is created by the level above), never anyone
// above or beside their unit; at their own unit they may create its inspectors (the committee's
// own inspection members) and viewers.
describe('who a grassroots officer may place at their own committee', () => {
	beforeAll(async () => {
		await mkUser('oG1', 'Đỗ Văn Cơ Sở', 'officer', 'G1');
	});

	it('an inspector and a viewer at their own unit: yes', async () => {
		for (const role of ['inspector', 'viewer']) {
			const out = await create(as.oG1!, { name: 'Ngô Thị Ủy Viên', email: email(`own-${role}`), role, unit: u.G1!.id });
			expect(out.status, JSON.stringify(out.body)).toBe(200);
			expect(out.body.account).toMatchObject({ role, unit: { id: u.G1!.id } });
		}
	});

	it('an officer at their own unit, or anyone at the district above: no', async () => {
		const peer = await create(as.oG1!, { name: 'Ngô Văn Đồng Cấp', email: email('own-officer'), role: 'officer', unit: u.G1!.id });
		expect(peer.status).toBe(400);
		expect(Object.keys(peer.body.data)).toEqual(['role']);
		for (const role of ['inspector', 'viewer', 'officer']) {
			const up = await create(as.oG1!, { name: 'Ngô Văn Cấp Trên', email: email(`up-${role}`), role, unit: u.D1!.id });
			expect(up.status, role).toBe(400);
			expect(Object.keys(up.body.data)).toEqual(['unit']);
		}
		const names = (await su.collection('users').getFullList({ filter: su.filter('email ~ {:e}', { e: `ua-${tag}-up-` }) })).length;
		expect(names).toBe(0);
	});
});
