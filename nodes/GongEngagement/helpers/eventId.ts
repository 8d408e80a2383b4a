import { createHash } from 'crypto';
import { DateTime } from 'luxon';

/**
 * A stable eventId for events the source gave none: the same event (same kind, reporting system,
 * content, person and instant) always gets the same id, so a retry or a re-run of the workflow is
 * recognised by Gong as a repeat (409) instead of becoming a second timeline entry. SHA-256 keeps
 * distinct events from sharing an id, which would make Gong drop one of them.
 */
export function deriveEventId(
	kind: string,
	identity: Array<string | undefined>,
	timestamp: string,
): string {
	const instant = DateTime.fromISO(timestamp, { setZone: true });
	const utcInstant = instant.isValid ? String(instant.toMillis()) : timestamp;
	const digest = createHash('sha256')
		.update(JSON.stringify([kind, ...identity.map((part) => part ?? ''), utcInstant]))
		.digest('hex');
	return `n8n-${digest.slice(0, 40)}`;
}
