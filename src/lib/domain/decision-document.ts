// The printed recognition decision (quyết định công nhận) in the layout of a party document:
// the issuing committee top left under its superior's name, "ĐẢNG CỘNG SẢN VIỆT NAM" top right
// with the place and date, the number and symbol, the title, the articles, the signature block.
// Pure: the page gives it names and dates, it gives back the lines to print.

export interface IssuingUnit {
	name: string;
	kind: string;
}

const LOWER_PREFIXES: Array<[RegExp, string]> = [
	[/^Tỉnh ủy\s+/i, 'tỉnh '],
	[/^Thành ủy\s+/i, 'thành phố '],
	[/^Thị ủy\s+/i, 'thị xã '],
	[/^Huyện ủy\s+/i, 'huyện '],
	[/^Đảng ủy\s+/i, '']
];

/** "Tỉnh ủy Thái Bình" → "ĐẢNG BỘ TỈNH THÁI BÌNH"; the line above the issuing committee. */
export function partyOrganisationLine(superior: IssuingUnit | null): string {
	if (!superior) return '';
	let place = superior.name;
	for (const [re, replacement] of LOWER_PREFIXES) {
		if (re.test(place)) {
			place = place.replace(re, replacement);
			break;
		}
	}
	return `ĐẢNG BỘ ${place}`.toLocaleUpperCase('vi-VN');
}

/** The place in the date line: "Thái Bình" from "Tỉnh ủy Thái Bình", "Đông Mai" from "Đảng ủy phường Đông Mai". */
export function placeName(unit: IssuingUnit): string {
	return unit.name
		.replace(/^(Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Đảng ủy)\s+/i, '')
		.replace(/^(tỉnh|thành phố|thị xã|huyện|xã|phường|thị trấn)\s+/i, '')
		.trim();
}

/** "ngày 05 tháng 12 năm 2026" from "2026-12-05", "ngày 15 tháng 3 năm 2026" from "2026-03-15". */
export function longDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return '';
	const [, y, mo, d] = m;
	// Hướng dẫn 36-HD/VPTW: days 1–9 and months 1–2 are written with a leading zero.
	const day = Number(d) < 10 ? d : String(Number(d));
	const month = Number(mo) <= 2 ? mo : String(Number(mo));
	return `ngày ${day} tháng ${month} năm ${y}`;
}

const SIGNER_TITLES = ['Phó Bí thư thường trực', 'Phó Bí thư', 'Bí thư'];

/**
 * The signature block. On behalf of a province's or district's standing committee
 * (T/M BAN THƯỜNG VỤ) or of a grassroots committee (T/M ĐẢNG ỦY); the signer's title is read
 * from the start of the signer as typed ("Phó Bí thư Nguyễn Văn A"), Bí thư when none is given.
 */
export function signatureBlock(issuer: IssuingUnit, signer = ''): { onBehalfOf: string; title: string; name: string } {
	const onBehalfOf = issuer.kind === 'province' || issuer.kind === 'district' ? 'T/M BAN THƯỜNG VỤ' : 'T/M ĐẢNG ỦY';
	const typed = signer.trim();
	const title = SIGNER_TITLES.find((t) => typed.toLocaleLowerCase('vi-VN').startsWith(t.toLocaleLowerCase('vi-VN') + ' '));
	return {
		onBehalfOf,
		title: (title ?? 'Bí thư').toLocaleUpperCase('vi-VN'),
		name: title ? typed.slice(title.length).trim() : typed
	};
}

/** The body that decides, as printed above the articles: "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH". */
export function decidingBody(issuer: IssuingUnit): string {
	const head = issuer.name.match(/^(Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Đảng ủy)/i)?.[1] ?? 'Cấp ủy';
	const body = issuer.kind === 'province' || issuer.kind === 'district' ? `Ban Thường vụ ${head}` : head;
	return `${body} quyết định`.toLocaleUpperCase('vi-VN');
}
