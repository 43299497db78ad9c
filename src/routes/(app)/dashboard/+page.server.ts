import { dashboardView } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

// The targets dashboard of a unit (the user's own by default), with drill-down to its children.
// The reads live in $lib/server/dashboard, shared with the Excel export (./export.xlsx).
export const load: PageServerLoad = async ({ locals, url }) => dashboardView(locals.pb, locals.user!, url.searchParams);
