import { z } from 'zod';
import { CELL_TYPES, UNIT_KINDS } from '../tree';

// The unit forms of /units. PocketBase's /api/tree/units route reads names and codes with
// unitTextProblem below (bundled into pb_hooks), so the page and the API say the same.
const name = z.string().trim().min(2, 'Vui lòng nhập tên đơn vị.').max(200, 'Tên đơn vị tối đa 200 ký tự.');
const code = z.string().trim().max(64, 'Mã đơn vị tối đa 64 ký tự.').default('');
const cellType = z.union([z.enum(CELL_TYPES), z.literal('')]).default('');

/** A new unit under the unit shown. */
export const unitCreateSchema = z.object({
	name,
	kind: z.enum(UNIT_KINDS, 'Vui lòng chọn cấp của đơn vị.'),
	code,
	cellType,
	isGrassroots: z.boolean().default(false)
});

/** Name, code and cell fields of the unit shown. */
export const unitEditSchema = z.object({ name, code, cellType, isGrassroots: z.boolean().default(false) });

/** The move of the unit shown under another unit, confirmed in a second step. */
export const unitMoveSchema = z.object({
	target: z.string().trim().min(1, 'Vui lòng chọn đơn vị cấp trên mới.'),
	confirmed: z.boolean().default(false)
});

export type UnitCreateForm = z.infer<typeof unitCreateSchema>;
export type UnitEditForm = z.infer<typeof unitEditSchema>;

/** Why a unit's name or code, as sent to the API, is refused, or null. */
export function unitTextProblem(field: 'name' | 'code', value: unknown): string | null {
	const result = (field === 'name' ? name : code).safeParse(value);
	return result.success ? null : (result.error.issues[0]?.message ?? 'Giá trị không hợp lệ.');
}
