import { z } from 'zod';

/** One chosen file as the inbox posts it: "<id>@<version it was seen at>". */
const choice = z.string().regex(/^[a-z0-9]{15}@\d{1,9}$/, 'Hồ sơ đã chọn không hợp lệ.');

/** The inbox's bulk approval: the chosen files, one comment for all of them. */
export const bulkDecisionSchema = z.object({
	selected: z.array(choice).min(1, 'Chưa chọn hồ sơ nào.').max(50, 'Mỗi lần phê duyệt tối đa 50 hồ sơ.'),
	comment: z.string().trim().max(5000, 'Ý kiến tối đa 5.000 ký tự.').default('')
});

export type BulkDecisionForm = z.infer<typeof bulkDecisionSchema>;

/** Splits the choices into ids and the version each was seen at. */
export function parseChoices(selected: readonly string[]): { ids: string[]; versions: Record<string, number> } {
	const ids: string[] = [];
	const versions: Record<string, number> = {};
	for (const c of selected) {
		const [id, v] = c.split('@') as [string, string];
		if (!ids.includes(id)) ids.push(id);
		versions[id] = Number(v);
	}
	return { ids, versions };
}
