import { describe, expect, it } from 'vitest';
import { photoProblem, reviewNoteErrors, reviewNoteSchema } from '../../src/lib/domain/forms/review-note';

const base = {
	clientId: '2b6c1f0e-8c1a-4d7e-9a55-0f1d2c3b4a59',
	enrollment: 'abcdefghijklmno',
	visitedOn: '2026-06-20',
	findings: { '2': 'Sinh hoạt đều đặn, tỷ lệ dự trên 90%.' }
};

describe('review note form', () => {
	it('accepts a note with findings and fills the defaults', () => {
		const note = reviewNoteSchema.parse(base);
		expect(note).toMatchObject({ meeting: '', strengths: '', isGoodPractice: false, proposedRating: '' });
	});
	it.each([
		{ name: 'no visit date', patch: { visitedOn: '' }, field: 'visitedOn', message: 'Vui lòng chọn ngày kiểm tra.' },
		{ name: 'an impossible date', patch: { visitedOn: '2026-02-30' }, field: 'visitedOn', message: 'Vui lòng chọn ngày kiểm tra.' },
		{ name: 'nothing observed', patch: { findings: { '1': '  ' } }, field: 'strengths', message: 'Vui lòng ghi nhận xét theo nhóm tiêu chí hoặc ưu điểm, hạn chế.' },
		{ name: 'a good practice without description', patch: { isGoodPractice: true }, field: 'goodPractice', message: 'Vui lòng mô tả cách làm hay.' },
		{ name: 'a made-up rating', patch: { proposedRating: 'perfect' }, field: 'proposedRating' },
		{ name: 'a draft without its id', patch: { clientId: '' }, field: 'clientId', message: 'Mã bản nháp không hợp lệ.' }
	])('refuses $name', ({ patch, field, message }) => {
		const errors = reviewNoteErrors({ ...base, ...patch });
		expect(Object.keys(errors)).toContain(field);
		if (message) expect(errors[field]).toBe(message);
	});
	it('checks photos by type, size and count', () => {
		expect(photoProblem([{ type: 'image/jpeg', size: 1000 }])).toBeNull();
		expect(photoProblem([{ type: 'application/pdf', size: 1000 }])).toBe('Ảnh phải là JPEG, PNG hoặc WebP.');
		expect(photoProblem([{ type: 'image/png', size: 6 * 1024 * 1024 }])).toBe('Mỗi ảnh tối đa 5 MB.');
		expect(photoProblem(Array.from({ length: 7 }, () => ({ type: 'image/png', size: 1 })))).toBe('Tối đa 6 ảnh cho một biên bản.');
	});
});
