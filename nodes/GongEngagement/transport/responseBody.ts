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
interface Readable {
	readableEnded: boolean;
	destroyed: boolean;
	errored: Error | null;
	destroy(error?: Error): void;
	on(event: string, listener: (value?: unknown) => void): unknown;
	removeListener(event: string, listener: (value?: unknown) => void): unknown;
}

const isReadable = (data: unknown): data is Readable =>
	data !== null &&
	typeof data === 'object' &&
	typeof (data as { destroy?: unknown }).destroy === 'function' &&
	typeof (data as { on?: unknown }).on === 'function';

/** A body that is already in memory (another helper, a test double) as text. */
function asText(data: unknown): string {
	if (typeof data === 'string') return data;
	if (Buffer.isBuffer(data)) return data.toString('utf8');
	return data === undefined || data === null ? '' : JSON.stringify(data);
}

/** Fails like a stream iterator does when the stream closes before its end without an error. */
const prematureClose = () =>
	Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });

/**
 * The body's first MAX_BODY_BYTES as UTF-8. Rejects when the stream fails (a reset mid-body) or the
 * signal aborts (timeout, cancel): the stream is destroyed either way, so its socket is let go.
 * Read with listeners, not an async iterator: axios already wraps a streamed answer in one (it
 * enforces n8n's unlimited maxContentLength that way); a second added promises per chunk.
 */
export async function readBody(data: unknown, signal: AbortSignal): Promise<BodyText> {
	if (!isReadable(data)) {
		const text = asText(data);
		return { text: text.slice(0, MAX_BODY_BYTES), cutOff: text.length > MAX_BODY_BYTES };
	}
	const chunks: Buffer[] = [];
	let size = 0;
	const cutOff = await new Promise<boolean>((resolve, reject) => {
		const done = (error: Error | undefined, cut = false) => {
			data.removeListener('data', onData);
			data.removeListener('end', onEnd);
			data.removeListener('error', onError);
			data.removeListener('close', onClose);
			signal.removeEventListener('abort', stop);
			if (!data.destroyed) data.destroy();
			if (error) reject(error);
			else resolve(cut);
		};
		const onData = (chunk: unknown) => {
			const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
			const room = MAX_BODY_BYTES - size;
			chunks.push(buffer.length > room ? buffer.subarray(0, room) : buffer);
			size += Math.min(buffer.length, room);
			if (buffer.length > room) done(undefined, true);
		};
		const onEnd = () => done(undefined);
		const onError = (error: unknown) => done(error as Error);
		const onClose = () => done(data.readableEnded ? undefined : prematureClose());
		const stop = () => done(new Error('the request was aborted'));
		if (signal.aborted) return stop();
		// Failed or closed before this read began: no event would come.
		if (data.destroyed) return done(data.errored ?? prematureClose());
		signal.addEventListener('abort', stop, { once: true });
		data.on('error', onError);
		data.on('end', onEnd);
		data.on('close', onClose);
		data.on('data', onData);
	});
	const text =
		chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
	// A byte-order mark is not part of the JSON (n8n's text mode dropped it too).
	return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, cutOff };
}
