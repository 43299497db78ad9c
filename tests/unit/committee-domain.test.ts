import { describe, expect, it } from 'vitest';
import { decidingBody, longDate, partyOrganisationLine, placeName, signatureBlock } from '../../src/lib/domain/decision-document';
import { scoreText, yearSummary } from '../../src/lib/domain/evaluation';
import { parseChoices, bulkDecisionSchema } from '../../src/lib/domain/forms/bulk-decision';
import { checkBulkSelection, daysWaiting, INBOX_STATES, isBulkable } from '../../src/lib/domain/inbox';
import { formatSse } from '../../src/lib/server/committee/realtime';

const T = { excellent: 90, good: 70, complete: 50 };

describe('inbox', () => {
	it('holds the decisions a committee takes, not the running pilot', () => {
		expect(INBOX_STATES).toEqual(['selection', 'plan_review', 'review', 'classification', 'recognition']);
		expect(isBulkable('selection')).toBe(true);
		expect(isBulkable('plan_review')).toBe(true);
		expect(isBulkable('recognition')).toBe(true);
		expect(isBulkable('classification')).toBe(false);
		expect(isBulkable('review')).toBe(false);
	});

	const inbox = [
		{ id: 'a', state: 'selection' },
		{ id: 'b', state: 'selection' },
		{ id: 'c', state: 'plan_review' },
		{ id: 'd', state: 'classification' }
	];
	it.each([
		{ name: 'same gate', ids: ['a', 'b'], ok: true },
		{ name: 'nothing chosen', ids: [], message: 'Chưa chọn hồ sơ nào.' },
		{ name: 'mixed gates', ids: ['a', 'c'], message: 'Chỉ phê duyệt cùng lúc các hồ sơ ở cùng một bước.' },
		{ name: 'a file no longer waiting', ids: ['a', 'zz'], message: 'Có hồ sơ đã chọn không còn chờ cấp ủy quyết định. Vui lòng tải lại trang.' },
		{ name: 'classification is decided one by one', ids: ['d'], message: 'Bước này phải quyết định từng hồ sơ (xếp loại hoặc kết luận sơ kết).' }
	])('bulk selection: $name', ({ ids, ok, message }) => {
		const r = checkBulkSelection(ids, inbox);
		if (ok) expect(r).toEqual({ ok: true, gate: 'selection' });
		else expect(r).toEqual({ ok: false, message });
	});

	it('counts whole days of waiting', () => {
		expect(daysWaiting(new Date('2026-11-01T00:00:00Z'), new Date('2026-11-22T12:00:00Z'))).toBe(21);
		expect(daysWaiting(new Date('2026-11-23T00:00:00Z'), new Date('2026-11-22T00:00:00Z'))).toBe(0);
	});

	it('reads the chosen files and the version each was seen at', () => {
		const form = bulkDecisionSchema.parse({ selected: ['abcdefghijklmno@3', 'pqrstuvwxyz0123@0'], comment: ' Đồng ý ' });
		expect(form.comment).toBe('Đồng ý');
		expect(parseChoices(form.selected)).toEqual({ ids: ['abcdefghijklmno', 'pqrstuvwxyz0123'], versions: { abcdefghijklmno: 3, pqrstuvwxyz0123: 0 } });
		expect(bulkDecisionSchema.safeParse({ selected: ['not-an-id@1'] }).success).toBe(false);
		expect(bulkDecisionSchema.safeParse({ selected: [] }).success).toBe(false);
	});
});

describe('year-end evaluation', () => {
	it('lays the filed months on the twelve months of the year', () => {
		const s = yearSummary(2026, [{ month: '2026-03', total: 80 }, { month: '2026-04', total: 91 }, { month: '2025-12', total: 10 }], T);
		expect(s.months).toHaveLength(12);
		expect(s.months[2]).toEqual({ month: '2026-03', number: 3, total: 80 });
		expect(s.months[0]!.total).toBeNull();
		expect(s).toMatchObject({ filed: 2, average: 85.5, min: 80, max: 91, impliedRating: 'good' });
	});
	it('says nothing when nothing is filed', () => {
		expect(yearSummary(2026, [], T)).toMatchObject({ filed: 0, average: null, impliedRating: null });
	});
	it('writes scores with the Vietnamese decimal comma', () => {
		expect([scoreText(88.45), scoreText(92), scoreText(null)]).toEqual(['88,5', '92', '–']);
	});
	it('uses the programme thresholds, not fixed ones', () => {
		expect(yearSummary(2026, [{ month: '2026-01', total: 86 }], { excellent: 85, good: 65, complete: 50 }).impliedRating).toBe('excellent');
	});
});

describe('printed decision', () => {
	it('writes the party header lines', () => {
		expect(partyOrganisationLine({ name: 'Tỉnh ủy Quảng Ninh', kind: 'province' })).toBe('ĐẢNG BỘ TỈNH QUẢNG NINH');
		expect(partyOrganisationLine({ name: 'Thị ủy Quảng Yên', kind: 'district' })).toBe('ĐẢNG BỘ THỊ XÃ QUẢNG YÊN');
		expect(partyOrganisationLine({ name: 'Huyện ủy Quỳnh Phụ', kind: 'district' })).toBe('ĐẢNG BỘ HUYỆN QUỲNH PHỤ');
		expect(partyOrganisationLine(null)).toBe('');
		expect(placeName({ name: 'Tỉnh ủy Thái Bình', kind: 'province' })).toBe('Thái Bình');
		expect(placeName({ name: 'Đảng ủy phường Đông Mai', kind: 'grassroots' })).toBe('Đông Mai');
	});
	it('writes the date in words, with the zeros of the party format', () => {
		expect(longDate('2026-12-05')).toBe('ngày 05 tháng 12 năm 2026');
		expect(longDate('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
		expect(longDate('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
		expect(longDate('')).toBe('');
	});
	it('names the deciding body and who signs for it', () => {
		expect(decidingBody({ name: 'Tỉnh ủy Quảng Ninh', kind: 'province' })).toBe('BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH');
		expect(decidingBody({ name: 'Đảng ủy phường Hà Tu', kind: 'grassroots' })).toBe('ĐẢNG ỦY QUYẾT ĐỊNH');
		expect(signatureBlock({ name: 'Huyện ủy Tân Kỳ', kind: 'district' }, 'Phan Văn Đông')).toEqual({ onBehalfOf: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Phan Văn Đông' });
		expect(signatureBlock({ name: 'Đảng ủy xã An Vũ', kind: 'grassroots' }, 'Phó Bí thư Đỗ Thị Thanh Hương')).toEqual({ onBehalfOf: 'T/M ĐẢNG ỦY', title: 'PHÓ BÍ THƯ', name: 'Đỗ Thị Thanh Hương' });
		expect(signatureBlock({ name: 'Tỉnh ủy Nghệ An', kind: 'province' }, 'phó bí thư thường trực Hồ Sỹ Long').title).toBe('PHÓ BÍ THƯ THƯỜNG TRỰC');
	});
});

describe('server-sent events', () => {
	it('writes one message: its event, its data as JSON, a blank line', () => {
		expect(formatSse('change', { id: 'a' })).toBe('event: change\ndata: {"id":"a"}\n\n');
	});
});
