// The product's clock (src/lib/domain/clock.ts) for the Node scripts: the seed, the benchmarks.
// Scripts cannot import TypeScript, so they load the hooks bundle, which carries the same code
// (built by prepare() in ./setup.mjs, or `npm run build:hooks`). Loaded on first use, so merely
// importing this file never requires the bundle to exist yet.
import { createRequire } from 'node:module';

let clock = null;
function load() {
	clock ??= createRequire(import.meta.url)('../../pb_hooks/lib/generated/domain.cjs');
	return clock;
}

/** Today's date in Vietnam, "YYYY-MM-DD" (KIEUMAU_TODAY when set). */
export const today = () => load().today();
/** Today's date with the real time of day, as a Date. */
export const now = () => load().now();
/** The current year in Vietnam. */
export const currentYear = () => load().currentYear();
/** The current month in Vietnam, "YYYY-MM". */
export const currentMonth = () => load().currentMonth();
