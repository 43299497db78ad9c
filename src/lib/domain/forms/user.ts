import { z } from 'zod';
import { ACCOUNT_ROLES } from '../tree-admin';

// The account forms of /users (the same limits are checked by pb_hooks/lib/user-admin.js).
const name = z.string().trim().min(2, 'Vui lòng nhập họ và tên.').max(120, 'Họ tên tối đa 120 ký tự.');
const role = z.enum(ACCOUNT_ROLES, 'Vui lòng chọn vai trò.');

/** A new account at the unit shown; an empty password asks the server to generate one. */
export const accountCreateSchema = z.object({
	name,
	email: z.string().trim().min(1, 'Vui lòng nhập email.').pipe(z.email('Email không đúng định dạng (ví dụ: ten@kieumau.vn).')),
	role,
	password: z.union([z.literal(''), z.string().min(8, 'Mật khẩu tối thiểu 8 ký tự.').max(72, 'Mật khẩu tối đa 72 ký tự.')]).default('')
});

/** Name, role and unit of an existing account. */
export const accountEditSchema = z.object({ name, role, unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị.') });

export type AccountCreateForm = z.infer<typeof accountCreateSchema>;
export type AccountEditForm = z.infer<typeof accountEditSchema>;
