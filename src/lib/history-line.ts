// What one row of a file's history says. A committee decision that keeps the state (an approval
// at a step before the last of its chain) says who approved and where the file went, since
// "Phê duyệt · Chờ lựa chọn → Chờ lựa chọn" tells nothing.
import { eventLabel, stateLabel } from '$lib/domain/lifecycle-labels';
import { inContext, type Translate } from '$lib/i18n';

export interface HistoryRow {
	from: string;
	to: string;
	event: string;
	unitName: string;
	/** The committee the file waits for after this step ("" for the cell, or rows written before it was kept). */
	toUnitName?: string;
}

export function historyLine(row: HistoryRow, t: Translate): string {
	if (row.event === 'APPROVE' && row.from === row.to && row.unitName) {
		return row.toUnitName
			? t('{unit} phê duyệt, chuyển {next}', { unit: row.unitName, next: row.toUnitName })
			: t('{unit} phê duyệt, chuyển cấp tiếp theo', { unit: row.unitName });
	}
	return `${t(inContext('thao tác', eventLabel(row.event)))} · ${t(stateLabel(row.from))} → ${t(stateLabel(row.to))}`;
}
