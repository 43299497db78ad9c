// The lists a committee submits upward, in the layout of a party document (Hướng dẫn 36-HD/VPTW
// on the format of party documents): the issuing body top left ("ĐẢNG BỘ TỈNH …" over
// "HUYỆN ỦY …", a star, the document number), "ĐẢNG CỘNG SẢN VIỆT NAM" top right over the place
// and date, a centred title, a numbered table, then the recipients on the left and the signature
// block on the right. Pure: rows in, a layout model out; src/lib/server/xlsx/submission.ts draws it.
import { RATING_LABELS, type Rating } from './classification';
import { CELL_TYPE_LABELS, type CellType } from './tree';

export type SubmissionKind = 'registration' | 'recognition';

/** A translation function; the identity keeps the document in Vietnamese. */
export type Say = (source: string, params?: Record<string, string | number>) => string;
const vietnamese: Say = (source, params) =>
	params ? source.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : source;

export interface SubmissionRow {
	cellName: string;
	parentName: string;
	cellType: string;
	memberCount: number | null;
	secretary: string;
	/** The year-end self-assessment score, when there is one. */
	score: number | null;
	rating: string | null;
	note: string;
}

export interface SubmissionInput {
	kind: SubmissionKind;
	year: number;
	programmeName: string;
	/** The committee that submits the list (the officer's own). */
	committee: { name: string; kind: string };
	/** The committee above it, if any: its party organisation heads the document. */
	superior: { name: string } | null;
	date: { day: number; month: number; year: number };
	rows: SubmissionRow[];
}

export type SubmissionColumnKind = 'int' | 'text' | 'score';

export interface SubmissionLayout {
	header: { organisation: string; committee: string; number: string };
	nation: string;
	placeDate: string;
	title: string;
	subtitle: string;
	columns: { header: string; width: number; kind: SubmissionColumnKind }[];
	/** One array per table row, in column order; STT first. */
	rows: (string | number | null)[][];
	total: string;
	recipients: { heading: string; lines: string[] };
	signature: { onBehalf: string; role: string; hint: string };
}

// Committee names start with the body's title; the rest is the place ("Huyện ủy Quỳnh Phụ").
const COMMITTEE_TITLES: { prefix: RegExp; organisation: string; abbreviation: string }[] = [
	{ prefix: /^Tỉnh ủy\s+/i, organisation: 'Đảng bộ tỉnh', abbreviation: 'TU' },
	{ prefix: /^Thành ủy\s+/i, organisation: 'Đảng bộ thành phố', abbreviation: 'ThU' },
	{ prefix: /^Huyện ủy\s+/i, organisation: 'Đảng bộ huyện', abbreviation: 'HU' },
	{ prefix: /^Thị ủy\s+/i, organisation: 'Đảng bộ thị xã', abbreviation: 'TU' },
	{ prefix: /^Quận ủy\s+/i, organisation: 'Đảng bộ quận', abbreviation: 'QU' },
	{ prefix: /^Đảng ủy\s+/i, organisation: 'Đảng bộ', abbreviation: 'ĐU' }
];

function titleOf(name: string) {
	return COMMITTEE_TITLES.find((t) => t.prefix.test(name)) ?? null;
}

/** "Huyện ủy Quỳnh Phụ" → "Đảng bộ huyện Quỳnh Phụ"; "Đảng ủy xã Quỳnh Hải" → "Đảng bộ xã Quỳnh Hải". */
export function partyOrganisation(committeeName: string): string {
	const title = titleOf(committeeName);
	if (!title) return /^Đảng bộ/i.test(committeeName) ? committeeName : `Đảng bộ ${committeeName}`;
	return `${title.organisation} ${committeeName.replace(title.prefix, '')}`;
}

/** The place written before the date: "Quỳnh Phụ" for Huyện ủy Quỳnh Phụ, "Quỳnh Hải" for Đảng ủy xã Quỳnh Hải. */
export function placeOf(committeeName: string, superiorName?: string): string {
	const territorial = /^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy (?:xã|phường|thị trấn|đặc khu))\s+(.+)$/i.exec(committeeName);
	if (territorial) return territorial[1]!;
	// A committee of an agency or company dates its documents where its superior sits.
	return superiorName ? placeOf(superiorName) : committeeName;
}

export function upper(text: string): string {
	return text.toLocaleUpperCase('vi');
}

const pad = (n: number) => String(n).padStart(2, '0');

const TITLES: Record<SubmissionKind, string> = {
	registration: 'DANH SÁCH CHI BỘ ĐĂNG KÝ XÂY DỰNG CHI BỘ KIỂU MẪU NĂM {year}',
	recognition: 'DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN CHI BỘ KIỂU MẪU NĂM {year}'
};

export function submissionLayout(input: SubmissionInput, t: Say = vietnamese): SubmissionLayout {
	const { committee, superior } = input;
	const title = titleOf(committee.name);
	const organisation = partyOrganisation(superior?.name ?? committee.name);
	const onBehalf = committee.kind === 'district' || committee.kind === 'province' ? t('T/M BAN THƯỜNG VỤ') : t('T/M ĐẢNG ỦY');
	const label = (map: Record<string, string>, key: string | null) => (key && map[key] ? t(map[key]!) : (key ?? ''));
	return {
		header: {
			organisation: upper(organisation),
			committee: upper(committee.name),
			number: t('Số: {blank}-DS/{abbr}', { blank: '      ', abbr: title?.abbreviation ?? '' })
		},
		nation: t('ĐẢNG CỘNG SẢN VIỆT NAM'),
		placeDate: t('{place}, ngày {day} tháng {month} năm {year}', {
			place: placeOf(committee.name, superior?.name),
			day: pad(input.date.day),
			month: pad(input.date.month),
			year: input.date.year
		}),
		title: t(TITLES[input.kind], { year: input.year }),
		subtitle: t('(Chương trình: {name})', { name: input.programmeName }),
		columns: [
			{ header: t('STT'), width: 6, kind: 'int' },
			{ header: t('Tên chi bộ'), width: 34, kind: 'text' },
			{ header: t('Thuộc đảng bộ'), width: 26, kind: 'text' },
			{ header: t('Loại hình'), width: 20, kind: 'text' },
			{ header: t('Số đảng viên'), width: 10, kind: 'int' },
			{ header: t('Bí thư'), width: 22, kind: 'text' },
			{ header: t('Kết quả tự chấm (điểm)'), width: 12, kind: 'score' },
			{ header: t('Xếp loại đề xuất'), width: 20, kind: 'text' },
			{ header: t('Ghi chú'), width: 24, kind: 'text' }
		],
		rows: input.rows.map((r, i) => [
			i + 1,
			r.cellName,
			r.parentName,
			label(CELL_TYPE_LABELS as Record<CellType, string>, r.cellType),
			r.memberCount,
			r.secretary,
			r.score,
			label(RATING_LABELS as Record<Rating, string>, r.rating),
			r.note
		]),
		total: t('Tổng số: {n} chi bộ.', { n: input.rows.length }),
		recipients: {
			heading: t('Nơi nhận:'),
			lines: [
				...(superior ? [t('- {name} (để báo cáo),', { name: superior.name })] : []),
				t('- Lưu Văn phòng cấp ủy.')
			]
		},
		signature: { onBehalf, role: t('BÍ THƯ'), hint: t('(Ký, ghi rõ họ tên và đóng dấu)') }
	};
}
