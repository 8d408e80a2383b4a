/*
 * Reads an answer's body with a size limit. n8n's request helper reads any body whole (its axios
 * has no size limit), so a server that streams without end would grow the process until the
 * timeout, by hundreds of MB a second on a fast link. Gong's answers are a few hundred bytes.
 */

/** The most of any answer that is read; the rest is not fetched. */
export const MAX_BODY_BYTES = 1 << 20;
export const MAX_BODY_TEXT = '1 MiB';

export interface BodyText {
	text: string;
	/** The body went on past MAX_BODY_BYTES; `text` is its start. */
	cutOff: boolean;
}

/** What this reads of a Node stream (the module itself is not imported in shipped code). */
interface Readable extends AsyncIterable<unknown> {
	destroyed: boolean;
	destroy(error?: Error): void;
}

const isReadable = (data: unknown): data is Readable =>
	data !== null &&
	typeof data === 'object' &&
	typeof (data as { destroy?: unknown }).destroy === 'function' &&
	typeof (data as Partial<Readable>)[Symbol.asyncIterator] === 'function';

/** A body that is already in memory (another helper, a test double) as text. */
function asText(data: unknown): string {
	if (typeof data === 'string') return data;
	if (Buffer.isBuffer(data)) return data.toString('utf8');
	return data === undefined || data === null ? '' : JSON.stringify(data);
}

/**
 * The body's first MAX_BODY_BYTES as UTF-8. Rejects when the stream fails (a reset mid-body) or the
 * signal aborts (timeout, cancel): the stream is destroyed either way, so its socket is let go.
 */
export async function readBody(data: unknown, signal: AbortSignal): Promise<BodyText> {
	if (!isReadable(data)) {
		const text = asText(data);
		return { text: text.slice(0, MAX_BODY_BYTES), cutOff: text.length > MAX_BODY_BYTES };
	}
	const stop = () => data.destroy(new Error('the request was aborted'));
	if (signal.aborted) stop();
	else signal.addEventListener('abort', stop, { once: true });
	const chunks: Buffer[] = [];
	let size = 0;
	let cutOff = false;
	try {
		for await (const chunk of data) {
			const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
			const room = MAX_BODY_BYTES - size;
			chunks.push(buffer.length > room ? buffer.subarray(0, room) : buffer);
			size += Math.min(buffer.length, room);
			if (buffer.length > room) {
				cutOff = true;
				break;
			}
		}
	} finally {
		signal.removeEventListener('abort', stop);
		if (!data.destroyed) data.destroy();
	}
	// A byte-order mark is not part of the JSON (n8n's text mode dropped it too).
	return {
		text: Buffer.concat(chunks)
			.toString('utf8')
			.replace(/^\uFEFF/, ''),
		cutOff,
	};
}
