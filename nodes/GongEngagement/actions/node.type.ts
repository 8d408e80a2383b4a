import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { FieldTable } from '../helpers/fieldTable';
import type { EventSchema } from '../schema';

/** What the execute pipeline needs to know of one engagement operation. */
export interface EventOperation {
	endpoint: { method: IHttpRequestMethods; path: string };
	definition: EventSchema<unknown>;
	/** The body field holding the event's time: eventTimestamp, or timestamp (Digital Interaction). */
	timestampField: 'eventTimestamp' | 'timestamp';
	/** Where each form field goes in the event: the event from the form, a problem's form labels. */
	fields: FieldTable;
	/** What makes two events the same event, for a derived eventId (time is added by the caller). */
	identity: (event: IDataObject) => Array<string | undefined>;
	/** Who the event names for Gong to place it on a timeline, and what happens when no one. */
	placement: Placement;
}

/**
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
