import type { TypedPocketBase } from '$lib/pb-types';
// The good-practice library: every practice an inspector flagged in a review note, as far as
// this viewer may read notes (their subtree, or the cells assigned to them).
import type PocketBase from 'pocketbase';
import { isCellType, type CellType } from '$lib/domain/tree';

export interface PracticeFilters {
	q: string;
	cellType: CellType | '';
	unit: string;
	year: number | null;
	page: number;
}

export function parsePracticeFilters(url: URL): PracticeFilters {
	const get = (k: string) => (url.searchParams.get(k) ?? '').trim();
	const year = Number(get('nam'));
	const page = Number(get('trang'));
	return {
		q: get('q').slice(0, 100),
		cellType: isCellType(get('loaihinh')) ? (get('loaihinh') as CellType) : '',
		unit: /^[a-z0-9]{15}$/.test(get('donvi')) ? get('donvi') : '',
		year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
		page: Number.isInteger(page) && page > 0 ? page : 1
	};
}

export interface Practice {
	id: string;
	enrollmentId: string;
	cellName: string;
	parentName: string;
	cellType: string;
	year: number;
	visitedOn: string;
	inspectorName: string;
	text: string;
}

export async function practices(pb: TypedPocketBase, f: PracticeFilters, perPage = 30) {
	const parts = ['isGoodPractice = true'];
	if (f.q) parts.push(pb.filter('(goodPractice ~ {:q} || enrollment.cell.name ~ {:q})', { q: f.q }));
	if (f.cellType) parts.push(pb.filter('enrollment.cellType = {:t}', { t: f.cellType }));
	if (f.unit) parts.push(pb.filter('enrollment.path ~ {:u}', { u: `/${f.unit}/` }));
	if (f.year) parts.push(pb.filter('enrollment.year = {:y}', { y: f.year }));
	const list = await pb.collection('review_notes').getList(f.page, perPage, {
		filter: parts.join(' && '),
		sort: '-visitedOn,-created',
		expand: 'enrollment.cell.parent,inspector',
		fields: 'id,enrollment,visitedOn,goodPractice,expand'
	});
	return {
		page: list.page,
		totalPages: list.totalPages,
		total: list.totalItems,
		items: list.items.map(
			(n): Practice => ({
				id: n.id,
				enrollmentId: n.enrollment,
				cellName: n.expand?.enrollment?.expand?.cell?.name ?? '',
				parentName: n.expand?.enrollment?.expand?.cell?.expand?.parent?.name ?? '',
				cellType: n.expand?.enrollment?.cellType ?? '',
				year: n.expand?.enrollment?.year ?? 0,
				visitedOn: n.visitedOn,
				inspectorName: n.expand?.inspector?.name ?? '',
				text: n.goodPractice
			})
		)
	};
}
