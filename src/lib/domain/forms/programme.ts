// The programme's own forms: its settings (name, year, description and the yearly rules of
// programme-config.ts) and "copy to a new year". The rules' schema is programme-config's own,
// so the form, the SvelteKit action and the pb_hooks check (checkProgrammeConfig) agree.
// The criteria groups are edited with the criteria (programme-framework.ts), not here.

import { number, object, string, type infer as Infer } from 'zod';
import { CHAIN_LEVELS, GATES, type Gate, type Level } from '../approval-chain';
import { messagesByPath } from './programme-framework';
import { parseProgrammeConfig, programmeConfigSchema, type ProgrammeConfig } from '../programme-config';

export const PROGRAMME_STATUSES = ['draft', 'active', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
	draft: 'Dự thảo',
	active: 'Đang thực hiện',
	closed: 'Đã kết thúc'
};

/** The one way forward for each status: a draft is activated, an active programme closed. */
export const NEXT_STATUS: Record<ProgrammeStatus, ProgrammeStatus | null> = {
	draft: 'active',
	active: 'closed',
	closed: null
};

const name = string({ error: 'Vui lòng nhập tên chương trình.' })
	.trim()
	.min(1, { error: 'Vui lòng nhập tên chương trình.' })
	.max(200, { error: 'Tên chương trình tối đa 200 ký tự.' });

const year = number({ error: 'Năm phải là một số.' })
	.int({ error: 'Năm phải là số nguyên.' })
	.min(2000, { error: 'Năm từ 2000 đến 2100.' })
	.max(2100, { error: 'Năm từ 2000 đến 2100.' });

export const programmeSettingsSchema = object({
	name,
	year,
	description: string().trim().max(5000, { error: 'Mô tả tối đa 5.000 ký tự.' }).default(''),
	config: programmeConfigSchema.omit({ groups: true })
});

export type ProgrammeSettings = Infer<typeof programmeSettingsSchema>;

export const programmeCopySchema = object({ name, year });
export type ProgrammeCopy = Infer<typeof programmeCopySchema>;

/** The form's starting values from a stored programme (config defaulted as the server reads it). */
export function settingsFromRecord(p: { name: string; year: number; description?: string; config?: unknown }): ProgrammeSettings {
	const { groups: _groups, ...config } = parseProgrammeConfig(p.config ?? {});
	return { name: p.name, year: p.year, description: p.description ?? '', config };
}

/** Levels in chain order (nearest first), whatever order the boxes were ticked in. */
export function sortChain(levels: readonly Level[]): Level[] {
	return CHAIN_LEVELS.filter((l) => levels.includes(l));
}

/** The stored config after a settings save: the form's rules, the framework's groups kept. */
export function mergeSettings(stored: ProgrammeConfig, form: ProgrammeSettings['config']): ProgrammeConfig {
	const chains = {} as Record<Gate, Level[]>;
	for (const gate of GATES) chains[gate] = sortChain(form.chains[gate]);
	return { ...form, chains, groups: stored.groups };
}

/** "Chi bộ kiểu mẫu 2026" copied to 2027 → "Chi bộ kiểu mẫu 2027"; otherwise the year is appended. */
export function copyName(sourceName: string, fromYear: number, toYear: number): string {
	const from = String(fromYear);
	if (sourceName.includes(from)) return sourceName.split(from).join(String(toYear));
	return `${sourceName} ${toYear}`.slice(0, 200);
}

/** Parses the body of POST /api/programmes/{id}/copy (pb_hooks), as parseFrameworkInput does. */
export function parseCopyInput(json: unknown): { ok: true; data: ProgrammeCopy } | { ok: false; errors: Record<string, string[]> } {
	const result = programmeCopySchema.safeParse(json);
	return result.success ? { ok: true, data: result.data } : { ok: false, errors: messagesByPath(result.error.issues, 'copy') };
}
