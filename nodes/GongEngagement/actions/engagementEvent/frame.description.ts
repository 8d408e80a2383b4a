import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, field, forOperation } from './common.description';

/*
 * The frame of every operation's form: which event, how it is given (fields or JSON), Options and
 * Delivery. Each operation's own fields are in its <op>.operation.ts.
 */

export const showForEngagementEvent = { show: { resource: ['engagementEvent'] } };

export const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: showForEngagementEvent,
	options: [
		{
			name: 'Content Shared',
			value: 'contentShared',
			description:
				'Report that someone shared a document, deck or file (e.g. "the AE sent the proposal")',
			action: 'Report content shared',
		},
		{
			name: 'Content Viewed',
			value: 'contentViewed',
			description: 'Report that a person viewed a document, deck or file',
			action: 'Report content viewed',
		},
		{
			name: 'Custom Action',
			value: 'customAction',
			description: 'Report any other action (e.g. "the prospect signed")',
			action: 'Report a custom action',
		},
		{
			name: 'Digital Interaction',
			value: 'digitalInteraction',
			description:
				"Report an interaction through Gong's Digital Interactions API (its successor to the above)",
			action: 'Report a digital interaction',
		},
	],
	default: 'contentViewed',
};

export const inputMode: INodeProperties = {
	displayName: 'Define Event Using',
	name: 'inputMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Fields Below',
			value: 'fields',
			description: 'Map each Gong field from the input data',
		},
		{
			name: 'JSON',
			value: 'json',
			description: "The whole event as Gong's JSON body, from an expression or typed in",
		},
	],
	default: 'fields',
	displayOptions: showForEngagementEvent,
};

const content = {
	reportingSystem: 'my-doc-tool',
	eventTimestamp: '2026-01-01T10:00:00Z',
	contentId: 'doc-1',
	contentUrl: 'https://example.com/doc-1',
	contentTitle: 'Proposal',
};

/** Each operation's JSON-mode starting point: a small valid body of its own kind. */
const EXAMPLE_EVENTS: Record<string, object> = {
	contentShared: {
		...content,
		sharer: { email: 'seller@example.com' },
		recipients: [{ email: 'buyer@example.org' }],
	},
	contentViewed: content,
	customAction: {
		reportingSystem: 'my-doc-tool',
		eventTimestamp: '2026-01-01T10:00:00Z',
		actionName: 'Contract Signed',
		actor: { email: 'buyer@example.org' },
	},
	digitalInteraction: {
		eventId: 'visit-1',
		timestamp: '2026-01-01T10:00:00Z',
		eventType: 'Pricing Page Viewed',
		content: { contentTitle: 'Pricing', contentUrl: 'https://example.com/pricing' },
		person: { email: 'buyer@example.org' },
	},
};

/** One Event (JSON) per operation: only the starting example differs (a real variation). */
export const eventJson: INodeProperties[] = Object.entries(EXAMPLE_EVENTS).map(
	([operation, example]) =>
		field('Event (JSON)', 'eventJson', {
			type: 'json',
			default: JSON.stringify(example, null, 2),
			required: true,
			displayOptions: { show: { ...forOperation(operation).show, inputMode: ['json'] } },
			description:
				'The event exactly as Gong documents it. It is validated by the same rules as the fields mode; the timestamp may take any form the fields mode accepts.',
		}),
);

/** The IANA zones of the runtime, as n8n's own nodes offer them (plus UTC, which Intl omits). */
const timeZoneOptions: INodePropertyOptions[] = [
	{ name: "Workflow's Time Zone", value: '' },
	...['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')].map(
		(zone) => ({ name: zone, value: zone }),
	),
];

export const options = collection(
	['Options', 'options', 'Add Option'],
	[
		// Off by default, as n8n's Set node's "Include Other Input Fields": saved workflows keep the
		// output they had.
		field('Include Input Fields', 'includeInputFields', {
			type: 'boolean',
			default: false,
			description:
				"Whether to keep the input item's fields in the output, beside the result (status, eventId…), which wins where both have a field of the same name. Error items get them too.",
		}),
		field('Time Zone', 'timeZone', {
			type: 'options',
			options: timeZoneOptions,
			description:
				"Time zone for timestamps that carry no offset. Default: the workflow's time zone.",
		}),
	],
	{ displayOptions: showForEngagementEvent },
);

export const delivery = collection(
	['Delivery', 'delivery', 'Add Delivery Option'],
	[
		field('Calls Per Second', 'callsPerSecond', {
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 3,
			description:
				'Gong allows 3 calls per second per company, shared by all integrations. Lower it when other integrations use the same budget. 0 turns pacing off.',
		}),
		field('Dry Run', 'dryRun', {
			type: 'boolean',
			default: false,
			description:
				'Whether to validate each event and output the exact body that would be sent, without sending anything',
		}),
		field('Max Concurrent Calls', 'maxConcurrentCalls', {
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 3,
			description: 'Calls in flight at once; pacing still bounds the calls per second',
		}),
		field('Max Rate-Limit Wait (Seconds)', 'maxRateLimitWaitSeconds', {
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 300,
			description:
				"Longest total time one execution may spend waiting on Gong's rate limit (429 answers). Past it, or when Retry-After asks for more (the daily budget of 10,000 calls is spent), the node stops waiting and reports the items not sent.",
		}),
		field('Max Retries', 'maxRetries', {
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 20 },
			default: 5,
			description: 'Retries of one event after a 5xx answer, a timeout or a dropped connection',
		}),
		field('Request Timeout (Seconds)', 'timeoutSeconds', {
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 30,
		}),
		field('Retry Delay (Seconds)', 'retryDelaySeconds', {
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 1,
			description:
				'First backoff delay; it doubles with each retry (with jitter), up to 30 seconds',
		}),
		field('Treat Already Reported as Error', 'alreadyReportedIsError', {
			type: 'boolean',
			default: false,
			description:
				'Whether a 409 answer (Gong already has an event with this eventId) fails the item instead of returning it with status alreadyReported',
		}),
	],
	{
		displayOptions: showForEngagementEvent,
		description: "How events are sent within Gong's limits. The defaults suit most workflows.",
	},
);
