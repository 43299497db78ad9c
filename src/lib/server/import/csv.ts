// CSV as spreadsheets write it (RFC 4180): fields in double quotes may hold the delimiter, line
// breaks and doubled quotes; lines end in CRLF or LF; Excel's "CSV UTF-8" starts with a BOM.
// The delimiter is whichever of `;` `,` or tab the header line uses most: Excel in a Vietnamese
// locale writes `;` because the decimal comma takes `,`.

export type Delimiter = ',' | ';' | '\t';

/** The delimiter the first line uses most, counting only outside quotes. */
export function detectDelimiter(text: string): Delimiter {
	const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
	}
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[',']) return '\t';
	return ',';
}

/** Rows of fields. A line break inside quotes stays in the field; blank lines give []. */
export function parseCsv(input: string, delimiter?: Delimiter): string[][] {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const sep = delimiter ?? detectDelimiter(text);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const endRow = () => {
		row.push(field);
		rows.push(row.length === 1 && row[0] === '' ? [] : row);
		row = [];
		field = '';
	};
	while (i < text.length) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else {
				field += c;
			}
			i++;
			continue;
		}
		if (c === '"' && field === '') {
			quoted = true;
		} else if (c === sep) {
			row.push(field);
			field = '';
		} else if (c === '\r') {
			if (text[i + 1] === '\n') i++;
			endRow();
		} else if (c === '\n') {
			endRow();
		} else {
			field += c;
		}
		i++;
	}
	if (field !== '' || row.length) endRow();
	return rows;
}

/** One field written for CSV: quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter: Delimiter = ','): string {
	return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A UTF-8 CSV with a BOM, so that Excel opens the Vietnamese text correctly. */
export function toCsv(rows: string[][], delimiter: Delimiter = ','): string {
	return '\ufeff' + rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
