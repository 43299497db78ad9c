import type { TypedPocketBase } from '$lib/pb-types';
// The import as SvelteKit asks PocketBase for it, with the officer's own token: the hook routes
// (pb_hooks/import.pb.js) decide everything; this only carries requests and shapes answers.
import { ClientResponseError, type default as PocketBase } from 'pocketbase';
import type { Problem, RawRow, RowAction, RowResult } from '$lib/domain/import';

export type ReportRow = Pick<RowResult, 'table' | 'row' | 'code' | 'name' | 'action' | 'problems' | 'changes'>;

/** The dry run's answer (pb_hooks/lib/import.js `dryRun`). */
export interface DryRunReport {
	counts: Record<RowAction, number>;
	/** Rows checked, both tables. */
	rows: number;
	/** Rows with problems (the first 1,000) and rows that would change (the first 200). */
	errors: ReportRow[];
	changes: ReportRow[];
	/** Set when the file has no errors and something to write. */
	importId: string | null;
	total: number;
	chunks: number;
}

export interface ApplyProgress {
	id: string;
	status: 'ready' | 'done' | 'failed';
	total: number;
	written: number;
	chunks: number;
	applied: number;
}

/** A problem as the page shows it: a message id of the catalogue and its parameters. */
export interface ShownProblem {
	message: string;
	params?: Record<string, string | number>;
}

/** A refusal from the hooks: its message, and its template with parameters when it has one. */
export interface ImportRefusal {
	status: number;
	message: string;
	problem: Problem | null;
	errors: ReportRow[];
}

export function refusalOf(err: unknown): ImportRefusal {
	if (err instanceof ClientResponseError) {
		const body = (err.response ?? {}) as { message?: string; problem?: Problem | null; errors?: ReportRow[] };
		return {
			status: err.status || 502,
			message: body.message || 'Không kết nối được máy chủ dữ liệu.',
			problem: body.problem ?? null,
			errors: body.errors ?? []
		};
	}
	throw err;
}

export function dryRun(pb: TypedPocketBase, body: { fileName: string; units: RawRow[]; members: RawRow[] }): Promise<DryRunReport> {
	return pb.send<DryRunReport>('/api/imports/dry-run', { method: 'POST', body });
}

export function applyNext(pb: TypedPocketBase, importId: string): Promise<ApplyProgress> {
	return pb.send<ApplyProgress>(`/api/imports/${encodeURIComponent(importId)}/apply`, { method: 'POST' });
}
