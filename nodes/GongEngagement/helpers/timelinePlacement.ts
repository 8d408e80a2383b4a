/*
 * Gong places an engagement event on timelines by the CRM context ids and people's emails it
 * names; an event that names none is accepted and shown on no timeline.
 */
export interface Placement {
	/** The event's fields that name someone Gong can place it by (a person, a CRM record). */
	namingFields: string[];
	/** Fields mode's "Identify … By" and its value for no one; another choice left empty: refused. */
	personChoice?: { parameter: string; none: string };
	/** Otherwise: refused before sending, or delivered with n8n's execution hint. */
	otherwise: 'refuse' | 'hint';
}
