import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]{15}$/, 'Người được chọn không hợp lệ.');

/** Who supervises a cell: the committee member in charge and the inspectors (tổ kiểm tra). */
export const supervisionSchema = z.object({
	supervisor: z.union([id, z.literal('')]).default(''),
	inspectors: z.array(id).max(20, 'Tối đa 20 người kiểm tra.').default([])
});

export type SupervisionForm = z.infer<typeof supervisionSchema>;
