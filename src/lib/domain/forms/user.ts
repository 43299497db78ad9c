import { email as zEmail, enum as zEnum, literal, object, string, union, type infer as Infer } from 'zod';
import { ACCOUNT_ROLES } from '../tree-admin';
import { messagesByPath } from './programme-framework';

// The account forms of /users, and the same schema for PocketBase's /api/accounts route
// (pb_hooks/lib/user-admin.js reads a request with parseAccountCreate and accountNameProblem),
// so the page and the API refuse the same input with the same words.
// Named imports (not the `z` namespace) keep zod's unused parts out of the pb_hooks bundle.
// Empty and too short are different mistakes: "A" is a name typed too short, not a missing one.
const name = string()
	.trim()
	.min(1, { message: 'Vui lòng nhập họ và tên.', abort: true })
	.min(2, 'Họ và tên phải có ít nhất 2 ký tự.')
	.max(120, 'Họ tên tối đa 120 ký tự.');
const role = zEnum(ACCOUNT_ROLES, 'Vui lòng chọn vai trò.');

/** A new account at the unit shown; an empty password asks the server to generate one. */
export const accountCreateSchema = object({
	name,
	email: string()
		.trim()
		.min(1, 'Vui lòng nhập email.')
		.max(200, 'Email tối đa 200 ký tự.')
		.pipe(zEmail('Email không đúng định dạng (ví dụ: ten@kieumau.vn).')),
	role,
	password: union([literal(''), string().min(8, 'Mật khẩu tối thiểu 8 ký tự.').max(72, 'Mật khẩu tối đa 72 ký tự.')]).default('')
});

/** Name, role and unit of an existing account. */
export const accountEditSchema = object({ name, role, unit: string().trim().min(1, 'Vui lòng chọn đơn vị.') });

export type AccountCreateForm = Infer<typeof accountCreateSchema>;
export type AccountEditForm = Infer<typeof accountEditSchema>;

/** The API's reading of a new account: the data, or the first message of each wrong field. */
export function parseAccountCreate(json: unknown): { ok: true; data: AccountCreateForm } | { ok: false; errors: Record<string, string> } {
	const result = accountCreateSchema.safeParse(json);
	if (result.success) return { ok: true, data: result.data };
	const errors: Record<string, string> = {};
	for (const [field, messages] of Object.entries(messagesByPath(result.error.issues, 'account'))) errors[field] = messages[0]!;
	return { ok: false, errors };
}

/** Why a new name for an account is refused, or null. */
export function accountNameProblem(value: unknown): string | null {
	const result = name.safeParse(value);
	return result.success ? null : (result.error.issues[0]?.message ?? 'Vui lòng nhập họ và tên.');
}
