import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { isPlainObject } from './eventInput';

/**
 * The same event (kind, reporting system, content, person, instant) always gets the same id, so
 * Gong answers a re-run with 409, not a second timeline entry; SHA-256 keeps distinct events apart.
 */
export function deriveEventId(
	kind: string,
	identity: Array<string | undefined>,
	timestamp: unknown,
): string {
	// A timestamp still no string fails validation; String() of one with a toString key would throw.
	const time = typeof timestamp === 'string' ? timestamp : '';
	const instant = DateTime.fromISO(time, { setZone: true });
	const utcInstant = instant.isValid ? String(instant.toMillis()) : time;
	const digest = createHash('sha256')
		.update(JSON.stringify([kind, ...identity.map((part) => part ?? ''), utcInstant]))
		.digest('hex');
	return `n8n-${digest.slice(0, 40)}`;
}

/** JSON with object keys sorted: the same event typed with its keys in another order is equal. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (isPlainObject(value)) {
		const entries = Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * Items whose eventId an earlier item uses for a different event (an ID mapped from the document,
 * not the view): Gong answers 409 to all but the first. An exact repeat is no conflict.
 */
export function sharedEventIds(
	events: Array<{ itemIndex: number; payload: IDataObject & { eventId?: string } }>,
): Array<{ itemIndex: number; firstItemIndex: number; eventId: string }> {
	const first = new Map<string, { itemIndex: number; payload: IDataObject; body?: string }>();
	const conflicts = [];
	for (const { itemIndex, payload } of events) {
		const eventId = String(payload.eventId);
		// Digital Interaction has no reportingSystem: its eventId alone is the key.
		const key = JSON.stringify([payload.reportingSystem ?? '', eventId]);
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, { itemIndex, payload });
			continue;
		}
		earlier.body ??= canonicalJson(earlier.payload);
		if (canonicalJson(payload) !== earlier.body)
			conflicts.push({ itemIndex, firstItemIndex: earlier.itemIndex, eventId });
	}
	return conflicts;
}
