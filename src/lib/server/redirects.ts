/** Only same-site paths are followed after login: "next" comes from the URL and could point anywhere. */
export function safeNext(next: string | null): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	return next;
}
