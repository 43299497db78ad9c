import { boolean, enum as zEnum, literal, object, string, union, type infer as Infer } from 'zod';
import { CELL_TYPES, UNIT_KINDS } from '../tree';

// The unit forms of /units. PocketBase's /api/tree/units route reads names and codes with
// unitTextProblem below (bundled into pb_hooks), so the page and the API say the same.
// Named imports (not the `z` namespace) keep zod's unused parts, e.g. its locales, out of that bundle.
const name = string().trim().min(2, 'Vui lòng nhập tên đơn vị.').max(200, 'Tên đơn vị tối đa 200 ký tự.');
const code = string().trim().max(64, 'Mã đơn vị tối đa 64 ký tự.').default('');
const cellType = union([zEnum(CELL_TYPES), literal('')]).default('');

/** A new unit under the unit shown. */
export const unitCreateSchema = object({
	name,
	kind: zEnum(UNIT_KINDS, 'Vui lòng chọn cấp của đơn vị.'),
	code,
	cellType,
	isGrassroots: boolean().default(false)
});

/** Name, code and cell fields of the unit shown. */
export const unitEditSchema = object({ name, code, cellType, isGrassroots: boolean().default(false) });

/** The move of the unit shown under another unit, confirmed in a second step. */
export const unitMoveSchema = object({
	target: string().trim().min(1, 'Vui lòng chọn đơn vị cấp trên mới.'),
	confirmed: boolean().default(false)
});

export type UnitCreateForm = Infer<typeof unitCreateSchema>;
export type UnitEditForm = Infer<typeof unitEditSchema>;

/** Why a unit's name or code, as sent to the API, is refused, or null. */
export function unitTextProblem(field: 'name' | 'code', value: unknown): string | null {
	const result = (field === 'name' ? name : code).safeParse(value);
	return result.success ? null : (result.error.issues[0]?.message ?? 'Giá trị không hợp lệ.');
}
