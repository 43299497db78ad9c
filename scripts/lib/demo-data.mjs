// The demo dataset of Kiểu Mẫu, as plain data (no I/O): the party tree, the demo accounts, the
// programmes of each province (this year's, and last year's where the demo needs it) with their shared "4 tốt" criteria framework, and the member lists of
// the cells used in the demo journeys. Real units come from docs/domain.md §7; every other name is
// invented but shaped like the real thing (thôn, xóm, khu, tổ dân phố, trường, trạm y tế …).
//
// Codes are stable identifiers: tests refer to them, and the seed looks units up by `code`.
import { createRequire } from 'node:module';

export const DEMO_PASSWORD = 'KieuMau@2026';
export const EMAIL_DOMAIN = 'kieumau.vn';

export const CELL_TYPES = ['residential', 'administrative', 'public_service', 'armed_forces', 'enterprise'];

// ─── The party tree ─────────────────────────────────────────────────────────────────────────
// { code, name, kind, parent: parentCode|null, cellType?, isGrassroots?, memberCount? }
// Parents always come before their children.

const P = (code, name) => ({ code, name, kind: 'province', parent: null });
const D = (code, name, parent) => ({ code, name, kind: 'district', parent });
const G = (code, name, parent) => ({ code, name, kind: 'grassroots', parent });
const S = (code, name, parent) => ({ code, name, kind: 'subcommittee', parent });
const C = (code, name, parent, cellType, memberCount, extra = {}) => ({
	code, name, kind: 'cell', parent, cellType, memberCount, isGrassroots: false, ...extra
});
/** A chi bộ cơ sở: a cell that is itself a grassroots organisation, directly under a district. */
const CS = (code, name, parent, cellType, memberCount) =>
	C(code, name, parent, cellType, memberCount, { isGrassroots: true });

export const UNITS = [
	// ── Thái Bình ────────────────────────────────────────────────────────────────────────────
	P('TB', 'Tỉnh ủy Thái Bình'),
	D('TB-QP', 'Huyện ủy Quỳnh Phụ', 'TB'),
	G('TB-QP-QH', 'Đảng ủy xã Quỳnh Hải', 'TB-QP'),
	C('TB-QP-QH-01', 'Chi bộ thôn Đồng Hới', 'TB-QP-QH', 'residential', 20),
	C('TB-QP-QH-02', 'Chi bộ thôn An Phú', 'TB-QP-QH', 'residential', 17),
	C('TB-QP-QH-03', 'Chi bộ cơ quan Ủy ban nhân dân xã Quỳnh Hải', 'TB-QP-QH', 'administrative', 14),
	C('TB-QP-QH-04', 'Chi bộ Trường THCS Quỳnh Hải', 'TB-QP-QH', 'public_service', 12),
	C('TB-QP-QH-05', 'Chi bộ Quân sự xã Quỳnh Hải', 'TB-QP-QH', 'armed_forces', 9),
	G('TB-QP-AV', 'Đảng ủy xã An Vũ', 'TB-QP'),
	C('TB-QP-AV-01', 'Chi bộ thôn Tô Xá', 'TB-QP-AV', 'residential', 19),
	C('TB-QP-AV-02', 'Chi bộ thôn Bến Hiệp', 'TB-QP-AV', 'residential', 16),
	C('TB-QP-AV-03', 'Chi bộ Trạm Y tế xã An Vũ', 'TB-QP-AV', 'public_service', 8),
	C('TB-QP-AV-04', 'Chi bộ cơ quan Đảng ủy – Ủy ban nhân dân xã An Vũ', 'TB-QP-AV', 'administrative', 13),
	G('TB-QP-QC', 'Đảng ủy thị trấn Quỳnh Côi', 'TB-QP'),
	C('TB-QP-QC-01', 'Chi bộ tổ dân phố Trần Phú', 'TB-QP-QC', 'residential', 22),
	C('TB-QP-QC-02', 'Chi bộ tổ dân phố Nam Sơn', 'TB-QP-QC', 'residential', 21),
	C('TB-QP-QC-03', 'Chi bộ Công ty TNHH May mặc Quỳnh Côi', 'TB-QP-QC', 'enterprise', 11),
	C('TB-QP-QC-04', 'Chi bộ cơ quan thị trấn Quỳnh Côi', 'TB-QP-QC', 'administrative', 15),
	CS('TB-QP-QS', 'Chi bộ Ban Chỉ huy Quân sự huyện', 'TB-QP', 'armed_forces', 18),
	CS('TB-QP-YT', 'Chi bộ Trung tâm Y tế huyện Quỳnh Phụ', 'TB-QP', 'public_service', 22),
	CS('TB-QP-TH', 'Chi bộ Trường THPT Quỳnh Côi', 'TB-QP', 'public_service', 20),
	CS('TB-QP-CK', 'Chi bộ Công ty Cổ phần Cơ khí Quỳnh Phụ', 'TB-QP', 'enterprise', 14),
	D('TB-TT', 'Huyện ủy Thái Thụy', 'TB'),
	G('TB-TT-DD', 'Đảng ủy thị trấn Diêm Điền', 'TB-TT'),
	C('TB-TT-DD-01', 'Chi bộ tổ dân phố số 3', 'TB-TT-DD', 'residential', 36),
	C('TB-TT-DD-02', 'Chi bộ Trường Tiểu học thị trấn Diêm Điền', 'TB-TT-DD', 'public_service', 17),
	C('TB-TT-DD-03', 'Chi bộ cơ quan thị trấn Diêm Điền', 'TB-TT-DD', 'administrative', 19),
	G('TB-TT-TX', 'Đảng ủy xã Thụy Xuân', 'TB-TT'),
	C('TB-TT-TX-01', 'Chi bộ thôn Xuân Hải', 'TB-TT-TX', 'residential', 41),
	C('TB-TT-TX-02', 'Chi bộ thôn Tân Phong', 'TB-TT-TX', 'residential', 33),
	C('TB-TT-TX-03', 'Chi bộ Công ty TNHH Chế biến Hải sản Thụy Xuân', 'TB-TT-TX', 'enterprise', 10),
	CS('TB-TT-QS', 'Chi bộ Ban Chỉ huy Quân sự huyện Thái Thụy', 'TB-TT', 'armed_forces', 23),

	// ── Hà Nam ───────────────────────────────────────────────────────────────────────────────
	P('HN', 'Tỉnh ủy Hà Nam'),
	D('HN-LN', 'Huyện ủy Lý Nhân', 'HN'),
	G('HN-LN-VT', 'Đảng ủy thị trấn Vĩnh Trụ', 'HN-LN'),
	C('HN-LN-VT-VTH', 'Chi bộ tổ dân phố Vĩnh Thịnh', 'HN-LN-VT', 'residential', 18),
	C('HN-LN-VT-VX', 'Chi bộ tổ dân phố Vĩnh Xá', 'HN-LN-VT', 'residential', 27),
	C('HN-LN-VT-MN', 'Chi bộ Trường Mầm non thị trấn Vĩnh Trụ', 'HN-LN-VT', 'public_service', 11),
	G('HN-LN-CL', 'Đảng ủy xã Chân Lý', 'HN-LN'),
	C('HN-LN-CL-01', 'Chi bộ thôn Nhân Hòa', 'HN-LN-CL', 'residential', 38),
	C('HN-LN-CL-02', 'Chi bộ Trạm Y tế xã Chân Lý', 'HN-LN-CL', 'public_service', 9),
	CS('HN-LN-BH', 'Chi bộ Bảo hiểm xã hội huyện Lý Nhân', 'HN-LN', 'administrative', 16),

	// ── Quảng Ninh ───────────────────────────────────────────────────────────────────────────
	P('QN', 'Tỉnh ủy Quảng Ninh'),
	D('QN-QY', 'Thị ủy Quảng Yên', 'QN'),
	G('QN-QY-DM', 'Đảng ủy phường Đông Mai', 'QN-QY'),
	C('QN-QY-DM-BN', 'Chi bộ khu Biểu Nghi', 'QN-QY-DM', 'residential', 22),
	C('QN-QY-DM-DS', 'Chi bộ khu Đồn Sơn', 'QN-QY-DM', 'residential', 31),
	C('QN-QY-DM-TH', 'Chi bộ Trường Tiểu học Đông Mai', 'QN-QY-DM', 'public_service', 15),
	G('QN-QY-PH', 'Đảng ủy phường Phong Hải', 'QN-QY'),
	C('QN-QY-PH-01', 'Chi bộ khu 3', 'QN-QY-PH', 'residential', 29),
	C('QN-QY-PH-02', 'Chi bộ cơ quan phường Phong Hải', 'QN-QY-PH', 'administrative', 14),
	D('QN-DT', 'Thành ủy Đông Triều', 'QN'),
	G('QN-DT-HP', 'Đảng ủy phường Hồng Phong', 'QN-DT'),
	C('QN-DT-HP-BLH', 'Chi bộ khu Bình Lục Hạ', 'QN-DT-HP', 'residential', 19),
	C('QN-DT-HP-BLT', 'Chi bộ khu Bình Lục Thượng', 'QN-DT-HP', 'residential', 24),
	G('QN-DT-CT', 'Đảng ủy Công ty Than Mạo Khê', 'QN-DT'),
	S('QN-DT-CT-PX', 'Đảng bộ bộ phận Phân xưởng Khai thác', 'QN-DT-CT'),
	C('QN-DT-CT-PX-01', 'Chi bộ Khai thác 1', 'QN-DT-CT-PX', 'enterprise', 42),
	C('QN-DT-CT-PX-02', 'Chi bộ Khai thác 2', 'QN-DT-CT-PX', 'enterprise', 38),
	C('QN-DT-CT-VP', 'Chi bộ Văn phòng Công ty', 'QN-DT-CT', 'enterprise', 26),
	// Post-2025 style: the ward reports straight to the province, no district level.
	G('QN-HT', 'Đảng ủy phường Hà Tu', 'QN'),
	C('QN-HT-01', 'Chi bộ khu 1', 'QN-HT', 'residential', 16),
	C('QN-HT-02', 'Chi bộ khu 2', 'QN-HT', 'residential', 25),
	C('QN-HT-03', 'Chi bộ Trạm Y tế phường Hà Tu', 'QN-HT', 'public_service', 8),

	// ── Nghệ An ──────────────────────────────────────────────────────────────────────────────
	P('NA', 'Tỉnh ủy Nghệ An'),
	D('NA-TK', 'Huyện ủy Tân Kỳ', 'NA'),
	G('NA-TK-TT', 'Đảng ủy thị trấn Tân Kỳ', 'NA-TK'),
	C('NA-TK-TT-01', 'Chi bộ khối 1', 'NA-TK-TT', 'residential', 35),
	C('NA-TK-TT-02', 'Chi bộ khối 6', 'NA-TK-TT', 'residential', 28),
	C('NA-TK-TT-03', 'Chi bộ Trường THCS thị trấn Tân Kỳ', 'NA-TK-TT', 'public_service', 18),
	G('NA-TK-ND', 'Đảng ủy xã Nghĩa Đồng', 'NA-TK'),
	C('NA-TK-ND-01', 'Chi bộ xóm Mỹ Thành', 'NA-TK-ND', 'residential', 24),
	C('NA-TK-ND-02', 'Chi bộ xóm Hòa Hội', 'NA-TK-ND', 'residential', 21),
	C('NA-TK-ND-03', 'Chi bộ Quân sự xã Nghĩa Đồng', 'NA-TK-ND', 'armed_forces', 8),
	G('NA-TK-KS', 'Đảng ủy xã Kỳ Sơn', 'NA-TK'),
	C('NA-TK-KS-01', 'Chi bộ xóm Tân Sơn', 'NA-TK-KS', 'residential', 26),
	C('NA-TK-KS-02', 'Chi bộ xóm Kỳ Thọ', 'NA-TK-KS', 'residential', 19),
	G('NA-TK-TK', 'Đảng ủy xã Tiên Kỳ', 'NA-TK'),
	C('NA-TK-TK-01', 'Chi bộ bản Tiến Thành', 'NA-TK-TK', 'residential', 15),
	C('NA-TK-TK-02', 'Chi bộ bản Cầu Đá', 'NA-TK-TK', 'residential', 12),
	C('NA-TK-TK-03', 'Chi bộ cơ quan Ủy ban nhân dân xã Tiên Kỳ', 'NA-TK-TK', 'administrative', 13),
	CS('NA-TK-LN', 'Chi bộ Công ty TNHH MTV Lâm nghiệp Tân Kỳ', 'NA-TK', 'enterprise', 30),
];

// ─── Demo accounts ──────────────────────────────────────────────────────────────────────────
// { email, name, role, unitCode }. All share DEMO_PASSWORD.

const A = (local, name, role, unitCode) => ({ email: `${local}@${EMAIL_DOMAIN}`, name, role, unitCode });
const officer = (local, name, unitCode) => A(local, name, 'officer', unitCode);
const secretary = (local, name, unitCode) => A(local, name, 'secretary', unitCode);

/** `bithu.<lowercase code without dashes>`: the secretary address of cells without a short alias. */
export function secretaryLocal(cellCode) {
	return 'bithu.' + cellCode.toLowerCase().replace(/-/g, '');
}

export const ACCOUNTS = [
	// Officers of the committees (cán bộ Ban Tổ chức / văn phòng cấp ủy).
	officer('tinhuy.thaibinh', 'Nguyễn Quang Hưng', 'TB'),
	officer('huyenuy.quynhphu', 'Phạm Minh Tuấn', 'TB-QP'),
	officer('danguy.quynhhai', 'Bùi Văn Lực', 'TB-QP-QH'),
	officer('danguy.anvu', 'Đỗ Thị Thanh Hương', 'TB-QP-AV'),
	officer('danguy.quynhcoi', 'Nguyễn Đức Toàn', 'TB-QP-QC'),
	officer('huyenuy.thaithuy', 'Lại Văn Khánh', 'TB-TT'),
	officer('danguy.diemdien', 'Vũ Thị Thu Hiền', 'TB-TT-DD'),
	officer('danguy.thuyxuan', 'Nguyễn Hữu Thắng', 'TB-TT-TX'),
	officer('tinhuy.quangninh', 'Hoàng Thị Thu Hà', 'QN'),
	officer('thiuy.quangyen', 'Vũ Đức Thịnh', 'QN-QY'),
	officer('danguy.dongmai', 'Phạm Văn Sơn', 'QN-QY-DM'),
	officer('thanhuy.dongtrieu', 'Lê Minh Châu', 'QN-DT'),
	officer('danguy.hongphong', 'Nguyễn Thị Bích Ngọc', 'QN-DT-HP'),
	officer('danguy.hatu', 'Trịnh Quốc Bảo', 'QN-HT'),
	officer('tinhuy.hanam', 'Trần Thị Lan Anh', 'HN'),
	officer('huyenuy.lynhan', 'Đinh Công Hiếu', 'HN-LN'),
	officer('danguy.vinhtru', 'Lương Văn Quyết', 'HN-LN-VT'),
	officer('tinhuy.nghean', 'Hồ Sỹ Long', 'NA'),
	officer('huyenuy.tanky', 'Phan Văn Đông', 'NA-TK'),

	// Cell secretaries (bí thư chi bộ).
	secretary('bithu.bieunghi', 'Đặng Xuân Quảng', 'QN-QY-DM-BN'),
	secretary('bithu.dongson', 'Lê Văn Thắng', 'QN-QY-DM-DS'),
	secretary('bithu.vinhthinh', 'Vũ Thị Mai', 'HN-LN-VT-VTH'),
	secretary('bithu.binhlucha', 'Nguyễn Văn Khoa', 'QN-DT-HP-BLH'),
	secretary('bithu.hatu01', 'Lê Thị Thanh Thủy', 'QN-HT-01'),
	secretary('bithu.qh01', 'Phạm Văn Dũng', 'TB-QP-QH-01'),
	secretary('bithu.qh02', 'Nguyễn Thị Hoa', 'TB-QP-QH-02'),
	secretary(secretaryLocal('TB-QP-QH-03'), 'Trần Đức Mạnh', 'TB-QP-QH-03'),
	secretary(secretaryLocal('TB-QP-QH-04'), 'Nguyễn Thị Thu Trang', 'TB-QP-QH-04'),
	secretary(secretaryLocal('TB-QP-QH-05'), 'Bùi Văn Quân', 'TB-QP-QH-05'),
	secretary('bithu.av01', 'Vũ Văn Hải', 'TB-QP-AV-01'),
	secretary(secretaryLocal('TB-QP-AV-02'), 'Đặng Văn Kiên', 'TB-QP-AV-02'),
	secretary(secretaryLocal('TB-QP-AV-03'), 'Phạm Thị Hạnh', 'TB-QP-AV-03'),
	secretary(secretaryLocal('TB-QP-AV-04'), 'Hoàng Văn Tùng', 'TB-QP-AV-04'),
	secretary(secretaryLocal('TB-QP-QC-01'), 'Ngô Quang Vinh', 'TB-QP-QC-01'),
	secretary(secretaryLocal('TB-QP-QC-02'), 'Đỗ Thị Ngân', 'TB-QP-QC-02'),
	secretary(secretaryLocal('TB-QP-QC-03'), 'Lương Minh Tuấn', 'TB-QP-QC-03'),
	secretary(secretaryLocal('TB-QP-QC-04'), 'Trịnh Thị Huệ', 'TB-QP-QC-04'),
	secretary('bithu.quansu', 'Đào Mạnh Cường', 'TB-QP-QS'),
	secretary(secretaryLocal('TB-QP-YT'), 'Nguyễn Văn Phúc', 'TB-QP-YT'),
	secretary(secretaryLocal('TB-QP-TH'), 'Phạm Thị Minh Nguyệt', 'TB-QP-TH'),
	// Thái Thụy: the cells that reach the year-end evaluation and recognition in the demo.
	secretary(secretaryLocal('TB-TT-DD-01'), 'Trần Văn Thịnh', 'TB-TT-DD-01'),
	secretary(secretaryLocal('TB-TT-DD-02'), 'Lê Thị Phương', 'TB-TT-DD-02'),
	secretary(secretaryLocal('TB-TT-DD-03'), 'Đinh Quang Huy', 'TB-TT-DD-03'),
	secretary(secretaryLocal('TB-TT-TX-01'), 'Phạm Văn Hòa', 'TB-TT-TX-01'),
	secretary(secretaryLocal('TB-TT-TX-02'), 'Nguyễn Thị Lụa', 'TB-TT-TX-02'),
	secretary(secretaryLocal('TB-TT-TX-03'), 'Vũ Đình Tiến', 'TB-TT-TX-03'),
	secretary(secretaryLocal('TB-TT-QS'), 'Hoàng Minh Đức', 'TB-TT-QS'),
	secretary(secretaryLocal('TB-QP-CK'), 'Vũ Đình Khôi', 'TB-QP-CK'),

	// Inspectors (cấp ủy viên phụ trách, tổ kiểm tra).
	A('kiemtra.dongmai', 'Ngô Thị Hồng Nhung', 'inspector', 'QN-QY-DM'),
	A('kiemtra.quynhphu', 'Đoàn Văn Hiệp', 'inspector', 'TB-QP'),
	A('kiemtra.thaithuy', 'Phạm Thị Kim Dung', 'inspector', 'TB-TT'),
	A('kiemtra.vinhtru', 'Tạ Thị Hòa', 'inspector', 'HN-LN-VT'),

	// Read-only follower (theo dõi) at the province.
	A('theodoi.thaibinh', 'Mai Xuân Trường', 'viewer', 'TB'),
];

// ─── Programmes ─────────────────────────────────────────────────────────────────────────────

export const CRITERIA_GROUPS = [
	{ id: 1, title: 'Thi đua hoàn thành tốt nhiệm vụ' },
	{ id: 2, title: 'Chất lượng sinh hoạt tốt' },
	{ id: 3, title: 'Đoàn kết tốt, kỷ luật tốt' },
	{ id: 4, title: 'Cán bộ, đảng viên tốt' },
];

/**
 * The configuration of the demo programmes: the domain's defaults (QĐ 366), taken from the hooks
 * bundle built from src/lib/domain so that the seed never keeps a second copy of them. Read on
 * call, not at import: tests import this file for DEMO_PASSWORD before any bundle may exist.
 */
export function programmeConfig() {
	const require = createRequire(import.meta.url);
	const { DEFAULT_PROGRAMME_CONFIG } = require('../../pb_hooks/lib/generated/domain.cjs');
	return { ...JSON.parse(JSON.stringify(DEFAULT_PROGRAMME_CONFIG)), groups: CRITERIA_GROUPS.map((g) => ({ ...g })) };
}

// `code` is the seed's own handle (province + year); the schema has none, programmes are
// matched on (owner, year, name). The demo's years follow today (scripts/lib/demo-calendar.mjs).
const PROGRAMME_TEMPLATES = [
	{
		province: 'TB',
		name: (y) => `Chi bộ kiểu mẫu ${y}`,
		description: (y) =>
			`Đề án xây dựng chi bộ kiểu mẫu năm ${y} của Tỉnh ủy Thái Bình. Mỗi đảng bộ cấp huyện lựa chọn từ 1 đến 3 chi bộ của mỗi loại hình làm thí điểm; chi bộ ban hành nghị quyết chuyên đề, kế hoạch thực hiện, hằng tháng tự đánh giá theo khung tiêu chí 100 điểm. Đảng ủy cơ sở chỉ đạo, giám sát, tổ chức sơ kết giữa kỳ; cuối năm đánh giá, xếp loại và xét công nhận chi bộ kiểu mẫu. Mục tiêu: mỗi đảng bộ cấp huyện có từ 90% chi bộ hoàn thành tốt nhiệm vụ trở lên, trên 20% chi bộ đạt tiêu chí kiểu mẫu.`,
	},
	{
		province: 'HN',
		name: (y) => `Chi bộ kiểu mẫu ${y}`,
		description: (y) =>
			`Mô hình “Chi bộ kiểu mẫu” năm ${y} của Tỉnh ủy Hà Nam. Các đảng ủy cơ sở lựa chọn chi bộ đăng ký từ tháng 12/${y - 1}, huyện ủy phê duyệt danh sách thí điểm; sơ kết đánh giá bước đầu trong quý II, tổng kết và công nhận vào cuối năm.`,
	},
	{
		province: 'QN',
		name: (y) => `Chi bộ 4 tốt ${y}`,
		// Quảng Ninh reminds its cells two weeks ahead of each deadline (the others: QĐ 366's 3 days).
		deadlines: { remindDaysBefore: 14 },
		description: (y) =>
			`Xây dựng “Chi bộ 4 tốt” năm ${y} theo Hướng dẫn số 05-HD/BTCTU ngày 19/5/2024 của Ban Tổ chức Tỉnh ủy Quảng Ninh, thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên. Bốn nhóm tiêu chí: thi đua hoàn thành tốt nhiệm vụ; chất lượng sinh hoạt tốt; đoàn kết tốt, kỷ luật tốt; cán bộ, đảng viên tốt. Chi bộ tự đánh giá mức độ hoàn thành hằng tháng.`,
	},
	{
		province: 'NA',
		name: (y) => `Chi bộ kiểu mẫu ${y}`,
		description: (y) =>
			`Xây dựng chi bộ kiểu mẫu năm ${y} trong Đảng bộ tỉnh Nghệ An, ưu tiên chi bộ khối, xóm, bản. Chi bộ duy trì sinh hoạt định kỳ hằng tháng và sinh hoạt chuyên đề ít nhất mỗi quý một lần, tỷ lệ đảng viên dự sinh hoạt đạt trên 90%.`,
	},
];

/** The seed's handle of a province's programme of `year`: "TB-2027". */
export const programmeCode = (province, year) => `${province}-${year}`;

/**
 * The demo programmes: every province's programme of `year`, plus last year's for the provinces
 * listed in `previous` (those whose journeys run or ended there). All are created active; the
 * seed closes a finished one afterwards.
 */
export function demoProgrammes(year, previous = []) {
	const out = [];
	for (const t of PROGRAMME_TEMPLATES) {
		const years = previous.includes(t.province) ? [year - 1, year] : [year];
		for (const y of years) {
			out.push({
				code: programmeCode(t.province, y),
				province: t.province,
				ownerCode: t.province,
				name: t.name(y),
				year: y,
				status: 'active',
				description: t.description(y),
				...(t.deadlines && { deadlines: t.deadlines }),
			});
		}
	}
	return out;
}

// ─── Criteria framework ─────────────────────────────────────────────────────────────────────
// Common criteria (cellTypes: []) worth 80 points, plus 20 points per cell type: every type
// sums to exactly 100. `order` = group × 100 + position, so per-type criteria sort inside their
// group after the common ones.

const crit = (code, group, maxScore, order, title, cellTypes = [], guidance = '') => ({
	code, group, maxScore, order, title, cellTypes, guidance
});

const COMMON_CRITERIA = [
	crit('1.1', 1, 8, 101,
		'Lãnh đạo hoàn thành toàn diện các chỉ tiêu, nhiệm vụ chính trị được cấp trên giao và nghị quyết chi bộ đề ra',
		[], 'Đối chiếu với nghị quyết chi bộ đầu năm; mỗi chỉ tiêu không đạt trừ 2 điểm.'),
	crit('1.2', 1, 6, 102,
		'Lãnh đạo thực hiện tốt các phong trào thi đua yêu nước; có cách làm hay, mô hình mới được cấp ủy cấp trên ghi nhận'),
	crit('1.3', 1, 6, 103,
		'Lãnh đạo các đoàn thể chính trị – xã hội cùng cấp hoàn thành tốt nhiệm vụ trở lên'),
	crit('2.1', 2, 8, 201,
		'Tổ chức sinh hoạt định kỳ đúng nội dung, quy trình; tỷ lệ đảng viên dự sinh hoạt đạt từ 90% trở lên',
		[], 'Chấm theo biên bản sinh hoạt: đạt từ 90% được điểm tối đa; mỗi 5% thấp hơn trừ 1 điểm.'),
	crit('2.2', 2, 6, 202,
		'Có ít nhất một buổi sinh hoạt chuyên đề mỗi quý, nội dung thiết thực, gắn với nhiệm vụ chính trị của chi bộ',
		[], 'Quý không có sinh hoạt chuyên đề: không chấm điểm tiêu chí này trong các tháng của quý.'),
	crit('2.3', 2, 6, 203,
		'Thực hiện tốt tự phê bình và phê bình; phát huy dân chủ, đảng viên tích cực thảo luận, đóng góp ý kiến'),
	crit('2.4', 2, 5, 204,
		'Sổ sách, biên bản sinh hoạt ghi chép đầy đủ, đúng quy định; nghị quyết tháng ngắn gọn, sát thực tế'),
	crit('3.1', 3, 6, 301,
		'Nội bộ đoàn kết, thống nhất; không có đơn thư khiếu nại, tố cáo vượt cấp, kéo dài'),
	crit('3.2', 3, 6, 302,
		'Không có đảng viên vi phạm kỷ luật; chấp hành nghiêm Điều lệ Đảng và nguyên tắc tập trung dân chủ',
		[], 'Có đảng viên bị xử lý kỷ luật trong tháng: 0 điểm.'),
	crit('3.3', 3, 5, 303,
		'Thực hiện công tác kiểm tra, giám sát theo chương trình đề ra; thu, nộp đảng phí đầy đủ, đúng hạn'),
	crit('4.1', 4, 6, 401,
		'100% đảng viên hoàn thành nhiệm vụ trở lên, trong đó từ 80% hoàn thành tốt nhiệm vụ trở lên'),
	crit('4.2', 4, 6, 402,
		'Đảng viên gương mẫu thực hiện quy định nêu gương; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
	crit('4.3', 4, 6, 403,
		'Làm tốt công tác tạo nguồn, bồi dưỡng, kết nạp đảng viên; chi ủy, bí thư chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên'),
];

const TYPE_CRITERIA = [
	// Chi bộ khu dân cư
	crit('1.R1', 1, 8, 151,
		'Lãnh đạo hoàn thành chỉ tiêu phát triển kinh tế – xã hội của địa bàn; xây dựng nông thôn mới nâng cao, khu dân cư văn minh',
		['residential']),
	crit('1.R2', 1, 4, 152,
		'Giữ vững an ninh chính trị, trật tự an toàn xã hội; không có tụ điểm tệ nạn xã hội, không có khiếu kiện đông người',
		['residential']),
	crit('3.R1', 3, 4, 351,
		'Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” từ 90% trở lên; khu dân cư giữ vững danh hiệu văn hóa',
		['residential']),
	crit('4.R1', 4, 4, 451,
		'Đảng viên gương mẫu vận động Nhân dân hiến đất, góp công làm đường giao thông, giữ gìn vệ sinh môi trường',
		['residential']),
	// Chi bộ cơ quan hành chính
	crit('1.A1', 1, 8, 161,
		'Lãnh đạo cơ quan hoàn thành nhiệm vụ chuyên môn; đẩy mạnh cải cách hành chính và chuyển đổi số',
		['administrative']),
	crit('1.A2', 1, 4, 162,
		'Thực hiện nghiêm quy chế dân chủ ở cơ quan; giải quyết thủ tục hành chính đúng hạn, không để tồn đọng hồ sơ',
		['administrative']),
	crit('3.A1', 3, 4, 361,
		'Không có cán bộ, công chức vi phạm quy định về những điều đảng viên không được làm, bị xử lý kỷ luật',
		['administrative']),
	crit('4.A1', 4, 4, 461,
		'Cán bộ, công chức là đảng viên thực hiện văn hóa công sở, được đánh giá hoàn thành tốt nhiệm vụ trở lên',
		['administrative']),
	// Chi bộ đơn vị sự nghiệp
	crit('1.P1', 1, 8, 171,
		'Lãnh đạo đơn vị hoàn thành chỉ tiêu chuyên môn được giao (chất lượng giáo dục, khám chữa bệnh, dịch vụ công)',
		['public_service']),
	crit('1.P2', 1, 4, 172,
		'Quản lý tài chính, tài sản công công khai, minh bạch; không để xảy ra sai phạm',
		['public_service']),
	crit('2.P1', 2, 4, 271,
		'Sinh hoạt chuyên đề gắn với đổi mới phương thức làm việc, nâng cao chất lượng phục vụ người dân',
		['public_service']),
	crit('4.P1', 4, 4, 471,
		'Viên chức là đảng viên đạt danh hiệu thi đua; không có phản ánh của người dân về thái độ phục vụ',
		['public_service']),
	// Chi bộ lực lượng vũ trang
	crit('1.F1', 1, 8, 181,
		'Lãnh đạo đơn vị hoàn thành tốt nhiệm vụ huấn luyện, sẵn sàng chiến đấu, xây dựng lực lượng dân quân tự vệ, dự bị động viên',
		['armed_forces']),
	crit('1.F2', 1, 4, 182,
		'Xây dựng đơn vị vững mạnh toàn diện “mẫu mực, tiêu biểu”; duy trì nghiêm chế độ trực sẵn sàng chiến đấu',
		['armed_forces']),
	crit('3.F1', 3, 4, 381,
		'Duy trì nghiêm kỷ luật quân đội; không có vụ việc mất an toàn huấn luyện, an toàn giao thông',
		['armed_forces']),
	crit('4.F1', 4, 4, 481,
		'Đảng viên gương mẫu, bản lĩnh chính trị vững vàng; tích cực giúp Nhân dân phòng, chống thiên tai, tìm kiếm cứu nạn',
		['armed_forces']),
	// Chi bộ doanh nghiệp
	crit('1.E1', 1, 8, 191,
		'Lãnh đạo doanh nghiệp hoàn thành kế hoạch sản xuất, kinh doanh; doanh thu, lợi nhuận, nộp ngân sách đạt hoặc vượt kế hoạch',
		['enterprise']),
	crit('1.E2', 1, 4, 192,
		'Bảo đảm việc làm, thu nhập, bảo hiểm cho người lao động; thực hiện tốt an toàn, vệ sinh lao động',
		['enterprise']),
	crit('2.E1', 2, 4, 291,
		'Sinh hoạt chi bộ gắn với chỉ đạo sản xuất; phối hợp tốt với người quản lý doanh nghiệp và công đoàn',
		['enterprise']),
	crit('4.E1', 4, 4, 491,
		'Tạo nguồn, kết nạp đảng viên là công nhân lao động trực tiếp; đảng viên gương mẫu trong sản xuất',
		['enterprise']),
];

export const CRITERIA = [...COMMON_CRITERIA, ...TYPE_CRITERIA].sort((a, b) => a.order - b.order);

/** The criteria that apply to a cell of the given type (common + its own), in display order. */
export function criteriaFor(cellType) {
	if (!CELL_TYPES.includes(cellType)) throw new Error(`Loại hình chi bộ không hợp lệ: ${cellType}`);
	return CRITERIA.filter((c) => c.cellTypes.length === 0 || c.cellTypes.includes(cellType));
}

const sum = (list) => Math.round(list.reduce((s, c) => s + c.maxScore, 0) * 100) / 100;

// The framework is only valid if every cell type scores out of exactly 100.
{
	const common = sum(COMMON_CRITERIA);
	if (common !== 80) throw new Error(`Tiêu chí chung phải tổng 80 điểm, hiện ${common}`);
	for (const type of CELL_TYPES) {
		const total = sum(criteriaFor(type));
		if (total !== 100) throw new Error(`Khung tiêu chí loại hình ${type} tổng ${total} điểm, phải là 100`);
	}
	const codes = new Set(CRITERIA.map((c) => c.code));
	if (codes.size !== CRITERIA.length) throw new Error('Trùng mã tiêu chí');
}

// ─── Members of the cells used in the demo journeys ─────────────────────────────────────────
// Generated deterministically (same names on every run) from Vietnamese name pools; the
// secretary is the secretary account's name. Each listed cell gets exactly its memberCount.

const SURNAMES = [
	'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Phan',
	'Đinh', 'Lương', 'Tạ', 'Mai', 'Hà', 'Trịnh', 'Đoàn', 'Cao', 'Lại', 'Tô',
];
const MALE_MIDDLE = ['Văn', 'Đức', 'Xuân', 'Minh', 'Quang', 'Hữu', 'Công', 'Thanh', 'Ngọc', 'Đình', 'Mạnh', 'Tiến'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị Thu', 'Thị Minh', 'Thanh', 'Ngọc', 'Hồng', 'Thị Kim', 'Thu', 'Thị Hồng'];
const MALE_GIVEN = [
	'Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Cường', 'Hải', 'Long', 'Nam', 'Sơn', 'Toàn', 'Bình', 'Khải',
	'Thành', 'Quý', 'Tiến', 'Hòa', 'Phong', 'Đạt', 'Hưng', 'Huy', 'Lâm', 'Chiến', 'Trung', 'Kiên',
	'Việt', 'Lợi', 'Thuận', 'Tùng', 'Hiếu', 'Nghĩa',
];
const FEMALE_GIVEN = [
	'Lan', 'Hương', 'Hoa', 'Hạnh', 'Huyền', 'Nga', 'Thảo', 'Yến', 'Dung', 'Liên', 'Loan', 'Phương',
	'Hằng', 'Thủy', 'Oanh', 'Nhung', 'Hiền', 'Vân', 'Xuân', 'Trang', 'Hà', 'Linh',
];

function hashString(s) {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}

/** Small deterministic PRNG (mulberry32), seeded from a string. */
export function rng(seed) {
	let a = hashString(String(seed));
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function generateMembers(cellCode, count, secretaryName) {
	const rand = rng('members:' + cellCode);
	const names = new Set([secretaryName]);
	const members = [];
	const add = (name, position, birthYear) =>
		members.push({
			code: `DV${String(members.length + 1).padStart(3, '0')}`,
			name,
			position,
			birthYear,
			active: true,
		});
	add(secretaryName, 'secretary', 1962 + Math.floor(rand() * 18));
	const committee = count >= 15 ? 3 : count >= 10 ? 2 : 1; // chi ủy viên besides the deputy
	while (members.length < count) {
		let name;
		do {
			const female = rand() < 0.42;
			name = `${pick(rand, SURNAMES)} ${pick(rand, female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${pick(rand, female ? FEMALE_GIVEN : MALE_GIVEN)}`;
		} while (names.has(name));
		names.add(name);
		const i = members.length;
		const position = i === 1 ? 'deputy' : i <= 1 + committee ? 'committee' : 'member';
		// Mostly born 1950–1989, with a fifth of younger members (1988–1999).
		const birthYear = rand() < 0.2 ? 1988 + Math.floor(rand() * 12) : 1950 + Math.floor(rand() * 40);
		add(name, position, birthYear);
	}
	return members;
}

/** Cells whose member lists are seeded: every cell that has a secretary account. */
export const MEMBER_CELLS = ACCOUNTS.filter((a) => a.role === 'secretary').map((a) => a.unitCode);

/** Cell code → [{ code, name, position, birthYear, active }]. */
export const MEMBERS = Object.fromEntries(
	MEMBER_CELLS.map((cellCode) => {
		const unit = UNITS.find((u) => u.code === cellCode);
		const sec = ACCOUNTS.find((a) => a.role === 'secretary' && a.unitCode === cellCode);
		if (!unit || unit.kind !== 'cell') throw new Error(`Tài khoản bí thư gắn với đơn vị không phải chi bộ: ${cellCode}`);
		return [cellCode, generateMembers(cellCode, unit.memberCount, sec.name)];
	})
);

// ─── Consistency checks (cheap, run on import) ──────────────────────────────────────────────
{
	const seen = new Map();
	for (const u of UNITS) {
		if (seen.has(u.code)) throw new Error(`Trùng mã đơn vị ${u.code}`);
		if (u.parent && !seen.has(u.parent)) throw new Error(`Đơn vị ${u.code}: cấp trên ${u.parent} phải đứng trước`);
		if (u.kind === 'cell' && (!u.cellType || !(u.memberCount >= 8 && u.memberCount <= 60))) {
			throw new Error(`Chi bộ ${u.code} thiếu loại hình hoặc số đảng viên (8–60)`);
		}
		seen.set(u.code, u);
	}
	const emails = new Set();
	for (const a of ACCOUNTS) {
		if (emails.has(a.email)) throw new Error(`Trùng email ${a.email}`);
		emails.add(a.email);
		if (!seen.has(a.unitCode)) throw new Error(`Tài khoản ${a.email}: không có đơn vị ${a.unitCode}`);
	}
	const qpCells = UNITS.filter((u) => u.kind === 'cell' && (u.code.startsWith('TB-QP-')));
	if (qpCells.length !== 17) throw new Error(`Quỳnh Phụ phải có 17 chi bộ, hiện ${qpCells.length}`);
	if (new Set(qpCells.map((u) => u.cellType)).size !== 5) throw new Error('Quỳnh Phụ phải đủ 5 loại hình');
}
