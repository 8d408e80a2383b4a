import type { IDataObject } from 'n8n-workflow';

/*
 * Gong places an engagement event on timelines by the people and CRM records it names: CRM
 * context ids, then people's emails (contact match, then account by email domain). An event that
 * names none of them is accepted and shown on no timeline. What each operation does with such an
 * event is written beside the operation (its `placement`); this file holds what they share.
 */

/** What an event that names no one gets: refused before sending, or sent with a hint. */
export type NoOneNamed = 'refuse' | 'hint';

export interface Placement {
	/** The event's fields that name someone Gong can place it by (a person, a CRM record). */
	namingFields: string[];
	/**
	 * Fields mode: the "Identify … By" parameter and its value for naming no one. Any other choice
	 * left empty (often an expression that found nothing in the item) is refused: the form said a
	 * person was meant.
	 */
	personChoice?: { parameter: string; none: string };
	/** Otherwise: refused, or delivered with n8n's execution hint. */
	otherwise: NoOneNamed;
}

/** Empty values were pruned before this runs: a field that names no one is absent. */
export function namesSomeone(placement: Placement, event: IDataObject): boolean {
	return placement.namingFields.some((field) => event[field] !== undefined);
}

/**
 * 'named' when the event names someone; else what the operation does with it. `chosen` is the
 * "Identify … By" choice in fields mode, undefined in JSON mode (the JSON says what is meant).
 */
export function placementVerdict(
	placement: Placement,
	event: IDataObject,
	chosen: unknown,
): 'named' | NoOneNamed {
	if (namesSomeone(placement, event)) return 'named';
	const { personChoice } = placement;
	if (personChoice && chosen !== undefined && chosen !== personChoice.none) return 'refuse';
	return placement.otherwise;
}
