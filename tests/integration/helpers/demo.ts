// Looking up demo records by their stable codes (units) and emails (users).
import type { RecordModel } from 'pocketbase';
import { currentYear } from '../../../src/lib/domain/clock';
import { asSuperuser } from './clients';

const cache = new Map<string, RecordModel>();

async function one(collection: string, filter: string, params: Record<string, unknown>): Promise<RecordModel> {
	const key = `${collection}|${filter}|${JSON.stringify(params)}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const su = await asSuperuser();
	const rec = await su.collection(collection).getFirstListItem(su.filter(filter, params));
	cache.set(key, rec);
	return rec;
}

export const unit = (code: string) => one('units', 'code = {:code}', { code });
export const user = (email: string) => one('users', 'email = {:email}', { email });

/** This year's programme of the province whose code starts the unit code (TB-…, QN-…). */
export async function programmeOf(unitCode: string): Promise<RecordModel> {
	const province = await unit(unitCode.split('-')[0]!);
	return one('programmes', 'owner = {:owner} && year = {:year}', { owner: province.id, year: currentYear() });
}

/** The demo enrollment of a cell (seeded by scripts/lib/seed-demo.mjs): its latest, when it has two years. */
export async function enrollmentOf(cellCode: string): Promise<RecordModel> {
	const cell = await unit(cellCode);
	const su = await asSuperuser();
	const key = `enrollments|latest|${cell.id}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const rec = await su.collection('enrollments').getFirstListItem(su.filter('cell = {:cell}', { cell: cell.id }), { sort: '-year' });
	cache.set(key, rec);
	return rec;
}
