import { z } from 'zod';

/** Limits shared with PocketBase (migration 1764000006: goals/commitments ≤ 5000, contact ≤ 120/20). */
export const REGISTRATION_LIMITS = { text: 5000, name: 120, emphasisMax: 10 } as const;
export const PHONE_PATTERN = /^[0-9 +().-]{8,20}$/;

const text = (what: string, min: number) =>
	z
		.string()
		.trim()
		.min(min, `Vui lòng nêu ${what} (ít nhất ${min} ký tự).`)
		.max(REGISTRATION_LIMITS.text, `${what[0]!.toUpperCase()}${what.slice(1)} tối đa 5.000 ký tự.`);

/**
 * The cell's registration: goals, commitments, the emphasis chosen from the programme's
 * criteria framework (criterion codes) and a contact. Saved as a draft, then sent (SUBMIT).
 */
export const registrationSchema = z.object({
	goals: text('mục tiêu', 20),
	commitments: text('cam kết', 20),
	emphasis: z
		.array(z.string().max(20))
		.min(1, 'Vui lòng chọn ít nhất một nội dung trọng tâm.')
		.max(REGISTRATION_LIMITS.emphasisMax, 'Chọn tối đa 10 nội dung trọng tâm.'),
	contactName: z
		.string()
		.trim()
		.min(2, 'Vui lòng nhập họ tên người liên hệ.')
		.max(REGISTRATION_LIMITS.name, 'Họ tên tối đa 120 ký tự.'),
	contactPhone: z
		.string()
		.trim()
		.regex(PHONE_PATTERN, 'Số điện thoại gồm 8–20 ký tự: chữ số, dấu cách, + ( ) . -')
});

export type RegistrationForm = z.infer<typeof registrationSchema>;

/** Registering for a programme (creating the draft): the same fields plus the programme. */
export const newRegistrationSchema = registrationSchema.extend({
	programme: z.string().min(1, 'Vui lòng chọn chương trình.')
});

export type NewRegistrationForm = z.infer<typeof newRegistrationSchema>;

/** Codes of `chosen` that are not among the `allowed` criteria codes. */
export function unknownEmphasis(chosen: string[], allowed: string[]): string[] {
	const ok = new Set(allowed);
	return chosen.filter((c) => !ok.has(c));
}
