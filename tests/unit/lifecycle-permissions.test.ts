import { describe, expect, it } from 'vitest';
import { mayAct, type Actor } from '../../src/lib/domain/lifecycle-permissions';
import type { LifecycleState } from '../../src/lib/domain/lifecycle-types';

const secretary: Actor = { id: 'u-mai', role: 'secretary', unitId: 'cell-vinh-thinh' };
const otherSecretary: Actor = { id: 'u-quang', role: 'secretary', unitId: 'cell-bieu-nghi' };
const grassrootsOfficer: Actor = { id: 'u-lan', role: 'officer', unitId: 'gr-vinh-tru' };
const districtOfficer: Actor = { id: 'u-son', role: 'officer', unitId: 'dist-kim-bang' };
const inspector: Actor = { id: 'u-ha', role: 'inspector', unitId: 'gr-vinh-tru' };
const viewer: Actor = { id: 'u-viewer', role: 'viewer', unitId: 'gr-vinh-tru' };

const base = {
	cellId: 'cell-vinh-thinh',
	submittedBy: 'u-mai'
};

function check(actor: Actor, state: LifecycleState, type: string, awaitingUnitId: string | null, extra = {}) {
	return mayAct({ ...base, actor, state, event: { type }, awaitingUnitId, ...extra });
}

describe('cell events (SUBMIT, WITHDRAW)', () => {
	it('lets the cell’s own secretary submit on the cell’s turn', () => {
		for (const state of ['draft', 'planning', 'evaluation'] as const) {
			expect(check(secretary, state, 'SUBMIT', null)).toEqual({ ok: true });
		}
	});

	it('refuses the secretary of another cell', () => {
		expect(check(otherSecretary, 'draft', 'SUBMIT', null)).toEqual({
			ok: false,
			message: 'Chỉ bí thư chi bộ mới được gửi'
		});
		expect(check(otherSecretary, 'pilot', 'WITHDRAW', 'gr-vinh-tru')).toEqual({
			ok: false,
			message: 'Chỉ bí thư chi bộ mới được rút hồ sơ khỏi chương trình'
		});
	});

	it('refuses officers, inspectors and viewers', () => {
		for (const actor of [grassrootsOfficer, inspector, viewer]) {
			expect(check({ ...actor, unitId: 'cell-vinh-thinh' }, 'draft', 'SUBMIT', null).ok).toBe(false);
		}
	});

	it('refuses SUBMIT while a committee is deciding', () => {
		expect(check(secretary, 'plan_review', 'SUBMIT', 'gr-vinh-tru')).toEqual({
			ok: false,
			message: 'Hồ sơ đang chờ cấp ủy xem xét, chi bộ chưa thể gửi'
		});
	});

	it('lets the secretary withdraw at any open step, also while a committee decides', () => {
		expect(check(secretary, 'recognition', 'WITHDRAW', 'prov-ha-nam')).toEqual({ ok: true });
		expect(check(secretary, 'draft', 'WITHDRAW', null)).toEqual({ ok: true });
	});
});

describe('committee events', () => {
	it('lets an officer of the awaited committee decide', () => {
		for (const type of ['APPROVE', 'RETURN', 'REJECT', 'OPEN_REVIEW', 'CONCLUDE_REVIEW', 'START_EVALUATION', 'CLASSIFY']) {
			expect(check(grassrootsOfficer, 'selection', type, 'gr-vinh-tru')).toEqual({ ok: true });
		}
	});

	it('refuses an officer of the wrong level, naming the committee', () => {
		expect(
			check(districtOfficer, 'selection', 'APPROVE', 'gr-vinh-tru', { awaitingUnitName: 'Đảng ủy thị trấn Vĩnh Trụ' })
		).toEqual({ ok: false, message: 'Bước này do Đảng ủy thị trấn Vĩnh Trụ quyết định' });
		expect(check(grassrootsOfficer, 'recognition', 'APPROVE', 'dist-kim-bang')).toEqual({
			ok: false,
			message: 'Bước này do cấp ủy khác quyết định'
		});
	});

	it('refuses self-approval, even by an officer of the right committee', () => {
		expect(
			check({ ...grassrootsOfficer, id: 'u-mai' }, 'selection', 'APPROVE', 'gr-vinh-tru')
		).toEqual({ ok: false, message: 'Không được tự phê duyệt hồ sơ do mình gửi' });
	});

	it('refuses secretaries, inspectors and viewers', () => {
		for (const actor of [secretary, inspector, viewer]) {
			const result = check({ ...actor, unitId: 'gr-vinh-tru' }, 'selection', 'APPROVE', 'gr-vinh-tru');
			expect(result).toEqual({ ok: false, message: 'Chỉ cán bộ cấp ủy có thẩm quyền mới được quyết định bước này' });
		}
	});

	it('refuses committee events on the cell’s turn', () => {
		expect(check(grassrootsOfficer, 'draft', 'APPROVE', null)).toEqual({
			ok: false,
			message: 'Hồ sơ đang ở lượt chi bộ, chưa đến bước cấp ủy quyết định'
		});
	});

	it('refuses when no committee could be resolved for the gate', () => {
		expect(check(grassrootsOfficer, 'selection', 'APPROVE', null).ok).toBe(false);
	});
});

describe('closed files', () => {
	it('refuses everyone', () => {
		expect(check(secretary, 'recognized', 'WITHDRAW', null)).toEqual({
			ok: false,
			message: 'Hồ sơ đã kết thúc, không thể thao tác thêm'
		});
	});
});
