import { clock } from './clock';

/**
 * Waits `ms` unless the execution is cancelled (the workflow was stopped); says which happened.
 * Sleeps in slices of at most a second so cancellation is prompt even where n8n's sleep ignores
 * the signal (n8n-workflow 1.x).
 */
export async function waitUnlessCancelled(
	ms: number,
	signal?: AbortSignal,
): Promise<'waited' | 'cancelled'> {
	const until = clock.now() + ms;
	for (let left = ms; left > 0; left = until - clock.now()) {
		if (signal?.aborted) return 'cancelled';
		try {
			await clock.sleep(Math.min(left, 1000), signal);
		} catch {
			return 'cancelled';
		}
	}
	return signal?.aborted ? 'cancelled' : 'waited';
}
