import { z } from 'zod';

/** The login form, validated the same way in the browser and in the action. */
export const loginSchema = z.object({
	email: z
		.string()
		.trim()
		.min(1, 'Vui lòng nhập email.')
		.pipe(z.email('Email không đúng định dạng (ví dụ: ten@kieumau.vn).')),
	password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200, 'Mật khẩu quá dài.')
});

export type LoginForm = z.infer<typeof loginSchema>;
