import type { IDataObject } from 'n8n-workflow';

/*
 * Gong places an engagement event on timelines by the CRM context ids and people's emails it
 * names; an event that names none is accepted and shown on no timeline. What each operation does
 * with such an event is written beside the operation (its `placement`).
 */
export interface Placement {
	/** The event's fields that name someone Gong can place it by (a person, a CRM record). */
	namingFields: string[];
	/**
	 * Fields mode: the "Identify … By" parameter and its value for naming no one. Any other choice
	 * left empty (often an expression that found nothing) is refused: the form said a person was meant.
	 */
	personChoice?: { parameter: string; none: string };
	/** Otherwise: refused before sending, or delivered with n8n's execution hint. */
	otherwise: 'refuse' | 'hint';
}

/**
 * 'named' when the event (pruned: a field that names no one is absent) names someone; else what
 * the operation does with it. `chosen` is the "Identify … By" choice in fields mode, undefined in
 * JSON mode (the JSON says what is meant).
 */
export function placementVerdict(
	placement: Placement,
	event: IDataObject,
	chosen: unknown,
): 'named' | Placement['otherwise'] {
	if (placement.namingFields.some((field) => event[field] !== undefined)) return 'named';
	const { personChoice } = placement;
	if (personChoice && chosen !== undefined && chosen !== personChoice.none) return 'refuse';
	return placement.otherwise;
}
