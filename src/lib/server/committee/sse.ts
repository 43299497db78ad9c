// A minimal reader for server-sent events (the wire format of PocketBase's realtime API),
// so that the SvelteKit server can listen to PocketBase without a browser EventSource.

export interface SseMessage {
	event: string;
	data: string;
	id: string;
}

/**
 * Splits `buffer` into the complete messages it holds and the unfinished rest.
 * Messages end with a blank line; lines are `field: value`; `:` lines are comments.
 */
export function parseSse(buffer: string): { messages: SseMessage[]; rest: string } {
	const normalised = buffer.replace(/\r\n?/g, '\n');
	const blocks = normalised.split('\n\n');
	const rest = blocks.pop() ?? '';
	const messages: SseMessage[] = [];
	for (const block of blocks) {
		let event = 'message';
		let id = '';
		const data: string[] = [];
		for (const line of block.split('\n')) {
			if (!line || line.startsWith(':')) continue;
			const colon = line.indexOf(':');
			const field = colon < 0 ? line : line.slice(0, colon);
			const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
			if (field === 'event') event = value;
			else if (field === 'data') data.push(value);
			else if (field === 'id') id = value;
		}
		if (data.length || event !== 'message') messages.push({ event, data: data.join('\n'), id });
	}
	return { messages, rest };
}

/** One message in the wire format. */
export function formatSse(event: string, data: unknown): string {
	return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
