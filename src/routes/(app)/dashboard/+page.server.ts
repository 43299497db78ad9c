import { error } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { targetReport, countsByState, countsByType } from '$lib/domain/unit-stats';
import { programmeFor, unitAndChildren } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

// The targets dashboard of a unit (the user's own by default), with drill-down to its children.
export const load: PageServerLoad = async ({ locals, url }) => {
	const { pb } = locals;
	const user = locals.user!;
	const unitId = url.searchParams.get('unit') ?? user.unit.id;
	const unit = await pb
		.collection('units')
		.getOne(unitId)
		.catch((err: unknown) => {
			if (err instanceof ClientResponseError && err.status === 404) error(404, 'Không tìm thấy đơn vị.');
			throw err;
		});
	// Ancestors are visible (for breadcrumbs) but their figures are not this user's to read.
	if (!unit.path.startsWith(user.unit.path)) error(404, 'Đơn vị nằm ngoài phạm vi bạn được xem.');

	const { programmes, programme, config } = await programmeFor(pb, url.searchParams.get('programme'));
	const year = programme?.year ?? new Date().getFullYear();
	const { self, children } = await unitAndChildren(pb, unit, year);
	const ancestors = unit.path
		.split('/')
		.filter(Boolean)
		.slice(user.unit.path.split('/').filter(Boolean).length - 1, -1);
	const crumbs = ancestors.length
		? await pb.collection('units').getFullList({ filter: ancestors.map((id: string) => `id = "${id}"`).join(' || '), fields: 'id,name,depth', sort: 'depth' })
		: [];

	return {
		unit: { id: unit.id, name: unit.name, kind: unit.kind },
		crumbs: crumbs.map((c) => ({ id: c.id, name: c.name })),
		programmes,
		programme,
		year,
		targets: targetReport(self.figures, config.targets),
		figures: self.figures,
		byState: countsByState(self.figures.counters),
		byType: countsByType(self.figures.counters),
		children: children.map((c) => ({ ...c, targets: targetReport(c.figures, config.targets) }))
	};
};
