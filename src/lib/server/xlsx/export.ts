// What every export endpoint shares: the reader's language, today's date in Việt Nam, the title
// meta of the workbook and the file name, plus the column sets reused by several lists.
import { error } from '@sveltejs/kit';
import { INBOX_KIND_LABELS } from '$lib/domain/inbox';
import { stateLabel } from '$lib/domain/lifecycle-labels';
import { CELL_TYPE_LABELS, type CellType } from '$lib/domain/tree';
import { waitingFor } from '$lib/format';
import { translator, type Translate } from '$lib/i18n';
import type { InboxItem } from '$lib/server/committee/inbox';
import type { EnrollmentRow } from '$lib/server/enrollments';
import type { AppUser, Role } from '$lib/server/session';
import { todayInVietnamParts } from './dates';
import { xlsxResponse } from './response';
import { tableWorkbook, type AnyTableSheet, type Column, type WorkbookMeta } from './table';

const pad = (n: number) => String(n).padStart(2, '0');

export interface ExportContext {
	t: Translate;
	user: AppUser;
	/** "22/11/2026" */
	today: string;
	meta(unitName: string): WorkbookMeta;
	/** "<what> - <unit> - 22-11-2026": file names cannot hold slashes. */
	fileName(what: string, unitName: string): string;
	/** A workbook of table sheets as a download. */
	respond(sheets: AnyTableSheet[], unitName: string, what: string): Promise<Response>;
}

/** The export context of a request; refuses roles the list is not for (403, as the page does). */
export function exportContext(locals: App.Locals, roles?: readonly Role[]): ExportContext {
	const user = locals.user;
	if (!user) error(401, 'Cần đăng nhập.');
	if (roles && !roles.includes(user.role)) error(403, 'Bạn không có quyền xuất danh sách này.');
	const t = translator(locals.locale);
	const { day, month, year } = todayInVietnamParts();
	const today = `${pad(day)}/${pad(month)}/${year}`;
	const meta = (unitName: string): WorkbookMeta => ({ unitName, exportedLine: t('Ngày xuất: {date}', { date: today }), creator: user.name });
	const fileName = (what: string, unitName: string) => `${what} - ${unitName} - ${today.replace(/\//g, '-')}`;
	return {
		t,
		user,
		today,
		meta,
		fileName,
		respond: (sheets, unitName, what) => xlsxResponse(tableWorkbook(sheets, meta(unitName)), fileName(what, unitName))
	};
}

export function cellTypeLabel(t: Translate, cellType: string): string {
	const label = CELL_TYPE_LABELS[cellType as CellType];
	return label ? t(label) : '';
}

/** The columns of an enrollment list (home lists: pilot cells, a cell's programmes, assignments). */
export function enrollmentColumns(t: Translate): Column<EnrollmentRow>[] {
	return [
		{ header: t('Chi bộ'), key: 'cellName', kind: 'text', width: 40 },
		{ header: t('Loại hình'), key: (r) => cellTypeLabel(t, r.cellType), kind: 'text', width: 26 },
		{ header: t('Chương trình'), key: 'programmeName', kind: 'text', width: 30 },
		{ header: t('Năm'), key: 'year', kind: 'int', width: 8 },
		{ header: t('Trạng thái'), key: (r) => t(stateLabel(r.state)), kind: 'text', width: 30 },
		{ header: t('Cấp ủy đang xem xét'), key: 'awaitingName', kind: 'text', width: 28 },
		{ header: t('Ngày chuyển bước'), key: 'stateChangedAt', kind: 'date' }
	];
}

/** Counts per lifecycle state, as the "Tình hình" panels show them: the total first, then each state. */
export function stateCountRows(t: Translate, counts: Record<string, number>, states: readonly string[]) {
	const total = Object.values(counts).reduce((a, b) => a + b, 0);
	return [{ label: t('Tổng số chi bộ tham gia'), count: total }, ...states.map((s) => ({ label: t(stateLabel(s)), count: counts[s] ?? 0 }))];
}

export function stateCountColumns(t: Translate): Column<{ label: string; count: number }>[] {
	return [
		{ header: t('Bước'), key: 'label', kind: 'text', width: 40 },
		{ header: t('Số chi bộ'), key: 'count', kind: 'int' }
	];
}

/** The inbox's columns (the inbox page and the officer's home list). */
export function inboxColumns(t: Translate): Column<InboxItem>[] {
	return [
		{ header: t('Chi bộ'), key: 'cellName', kind: 'text', width: 40 },
		{ header: t('Loại hình'), key: (i) => cellTypeLabel(t, i.cellType), kind: 'text', width: 26 },
		{ header: t('Việc cần quyết định'), key: (i) => t(INBOX_KIND_LABELS[i.state]), kind: 'text', width: 30 },
		{ header: t('Đơn vị'), key: 'parentName', kind: 'text', width: 28 },
		{ header: t('Chương trình'), key: 'programmeName', kind: 'text', width: 28 },
		{ header: t('Chờ từ ngày'), key: 'stateChangedAt', kind: 'date' },
		{ header: t('Đã chờ'), key: (i) => waitingFor(i.stateChangedAt, undefined, t), kind: 'text', width: 12 }
	];
}
