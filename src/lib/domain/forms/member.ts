import { z } from 'zod';
import { currentYear } from '../clock';

export const MEMBER_POSITIONS = ['secretary', 'deputy', 'committee', 'member'] as const;
export const MEMBER_POSITION_LABELS: Record<(typeof MEMBER_POSITIONS)[number], string> = {
	secretary: 'Bí thư',
	deputy: 'Phó bí thư',
	committee: 'Chi ủy viên',
	member: 'Đảng viên'
};

/** A party member of the cell's list (limits repeated by migration 1764000005). */
export const memberSchema = z.object({
	name: z
		.string()
		.trim()
		.min(1, { message: 'Vui lòng nhập họ và tên đảng viên.', abort: true })
		.min(2, 'Họ và tên phải có ít nhất 2 ký tự.')
		.max(120, 'Họ tên tối đa 120 ký tự.'),
	position: z.enum(MEMBER_POSITIONS, 'Vui lòng chọn chức vụ.').default('member'),
	birthYear: z
		.number('Năm sinh phải là số.')
		.int('Năm sinh phải là số nguyên.')
		.min(1900, 'Năm sinh từ 1900 đến nay.')
		// "Up to this year" is checked when the form is, not when the module loads (a server runs
		// for years), and against the product's clock.
		.refine((year) => year <= currentYear(), 'Năm sinh từ 1900 đến nay.')
		.nullable()
		.default(null),
	code: z.string().trim().max(32, 'Mã đảng viên tối đa 32 ký tự.').default('')
});

export type MemberForm = z.infer<typeof memberSchema>;
