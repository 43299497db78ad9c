import { today } from '$lib/domain/clock';
import type { LayoutServerLoad } from './$types';

// `today` is the product's date (src/lib/domain/clock.ts): the browser takes it from here rather
// than from the device's calendar, so both sides of a page agree on the day.
export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale, today: today() });
