// PocketBase's errors as a form shows them, for every form of the app (cell, tree, accounts,
// programmes): field errors in Vietnamese beside the matching field, or a banner.
import { ClientResponseError } from 'pocketbase';
import { setError, type SuperValidated } from 'sveltekit-superforms';

const BY_CODE: Record<string, string> = {
	validation_required: 'Trường này là bắt buộc.',
	validation_invalid_mime_type: 'Chỉ nhận tệp PDF, JPG hoặc PNG.',
	validation_file_size_limit: 'Tệp quá lớn: tối đa 10 MB.',
	validation_max_text_constraint: 'Nội dung quá dài.',
	validation_min_text_constraint: 'Nội dung quá ngắn.',
	validation_invalid_format: 'Không đúng định dạng.',
	validation_not_unique: 'Giá trị này đã có.',
	validation_values_mismatch: 'Giá trị không hợp lệ.',
	validation_missing_rel_records: 'Không tìm thấy bản ghi liên quan.'
};

/** Field → Vietnamese message, from a PocketBase 400 (hooks already answer in Vietnamese). */
export function fieldErrors(err: unknown): Record<string, string> {
	if (!(err instanceof ClientResponseError)) return {};
	const data = (err.response?.data ?? {}) as Record<string, { code?: string; message?: string; response?: { data?: unknown } }>;
	const out: Record<string, string> = {};
	for (const [field, e] of Object.entries(data)) {
		if (!e || typeof e !== 'object') continue;
		const own = e.code && BY_CODE[e.code];
		// Hooks throw messages in Vietnamese; PocketBase's own are English and mapped by code.
		out[field] = own || (/[À-ỹ]/.test(e.message ?? '') ? (e.message as string) : 'Giá trị không hợp lệ.');
	}
	return out;
}

/** A short Vietnamese message for an error the page shows as a banner. */
export function bannerFor(err: unknown, fallback = 'Không lưu được. Vui lòng thử lại.'): string {
	if (err instanceof ClientResponseError) {
		if (err.status === 403 || err.status === 404) return 'Bạn không có quyền sửa hồ sơ này ở bước hiện tại.';
		if (err.status === 429) return 'Thao tác quá nhanh, vui lòng đợi vài giây rồi thử lại.';
		const msg = err.response?.message as string | undefined;
		if (msg && /[À-ỹ]/.test(msg)) return msg;
	}
	return fallback;
}

/** Puts PocketBase's field errors beside the fields; true when at least one was placed. */
export function placeErrors<T extends Record<string, unknown>>(form: SuperValidated<T>, err: unknown): boolean {
	const errors = fieldErrors(err);
	let placed = false;
	for (const [field, msg] of Object.entries(errors)) {
		if (field in form.data) {
			setError(form, field as never, msg);
			placed = true;
		}
	}
	return placed;
}
