// Messages built with their values already in them ("Điểm từ 0 đến 10.", a PocketBase hook's
// "Cần ít nhất 3 bản tự đánh giá…") reach the page as finished Vietnamese text: zod schemas
// shared by browser and server, and the lifecycle's reasons, which the hooks send back. Their
// catalogue entries keep the placeholders ("Điểm từ 0 đến {max}."); a text with no exact entry
// is matched against those patterns and the values it carries are put into the English.

export type Pattern = { regex: RegExp; english: string; names: string[]; fixed: number };

function escape(text: string): string {
	return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

/** The catalogue's entries with placeholders, most specific (longest fixed text) first. */
export function compilePatterns(catalogue: Record<string, string>): Pattern[] {
	const out: Pattern[] = [];
	for (const [source, english] of Object.entries(catalogue)) {
		const names = [...source.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
		if (names.length === 0) continue;
		const parts = source.split(/\{\w+\}/);
		const fixed = parts.join('').length;
		// A pattern with hardly any fixed text ("{n} ngày") would match unrelated messages.
		if (fixed < 6) continue;
		out.push({ regex: new RegExp(`^${parts.map(escape).join('(.+?)')}$`, 's'), english, names, fixed });
	}
	return out.sort((a, b) => b.fixed - a.fixed);
}

/**
 * The English of `source` by pattern, or null. Each value taken from the text is itself
 * translated with `inner` (a quoted state label, a server's reason inside "Không phê duyệt
 * được: …"); values are shorter than the text, so this ends.
 */
export function matchPattern(patterns: Pattern[], inner: (value: string) => string, source: string): string | null {
	for (const p of patterns) {
		const m = p.regex.exec(source);
		if (!m) continue;
		const values: Record<string, string> = {};
		p.names.forEach((name, i) => {
			const value = m[i + 1] ?? '';
			values[name] = inner(value);
		});
		return p.english.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
	}
	return null;
}
