import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/* Parameters every engagement operation shows, before and after its own fields. */

/** Each operation's JSON-mode starting point: a small valid body of its own kind. */
const EXAMPLE_EVENTS: Record<string, object> = {
	contentShared: {
		reportingSystem: 'my-doc-tool',
		eventTimestamp: '2026-01-01T10:00:00Z',
		contentId: 'doc-1',
		contentUrl: 'https://example.com/doc-1',
		contentTitle: 'Proposal',
		sharer: { email: 'seller@example.com' },
		recipients: [{ email: 'buyer@example.org' }],
	},
	contentViewed: {
		reportingSystem: 'my-doc-tool',
		eventTimestamp: '2026-01-01T10:00:00Z',
		contentId: 'doc-1',
		contentUrl: 'https://example.com/doc-1',
		contentTitle: 'Proposal',
	},
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

/** The IANA zones of the runtime, as n8n's own nodes offer them (plus UTC, which Intl omits). */
const timeZoneOptions: INodePropertyOptions[] = [
	{ name: "Workflow's Time Zone", value: '' },
	...['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')].map(
		(zone) => ({ name: zone, value: zone }),
	),
];

export const inputModeParameters: INodeProperties[] = [
	{
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
	},
	...Object.entries(EXAMPLE_EVENTS).map(
		([operation, example]): INodeProperties => ({
			displayName: 'Event (JSON)',
			name: 'eventJson',
			type: 'json',
			default: JSON.stringify(example, null, 2),
			required: true,
			displayOptions: { show: { operation: [operation], inputMode: ['json'] } },
			description:
				'The event exactly as Gong documents it. It is validated by the same rules as the fields mode; the timestamp may take any form the fields mode accepts.',
		}),
	),
];

export const optionsParameter: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Time Zone',
			name: 'timeZone',
			type: 'options',
			options: timeZoneOptions,
			default: '',
			description:
				"Time zone for timestamps that carry no offset. Default: the workflow's time zone.",
		},
	],
};

export const deliveryParameter: INodeProperties = {
	displayName: 'Delivery',
	name: 'delivery',
	type: 'collection',
	placeholder: 'Add Delivery Option',
	default: {},
	description: "How events are sent within Gong's limits. The defaults suit most workflows.",
	options: [
		{
			displayName: 'Calls Per Second',
			name: 'callsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 3,
			description:
				'Gong allows 3 calls per second per company, shared by all integrations. Lower it when other integrations use the same budget. 0 turns pacing off.',
		},
		{
			displayName: 'Dry Run',
			name: 'dryRun',
			type: 'boolean',
			default: false,
			description:
				'Whether to validate each event and output the exact body that would be sent, without sending anything',
		},
		{
			displayName: 'Max Concurrent Calls',
			name: 'maxConcurrentCalls',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 3,
			description: 'Calls in flight at once; pacing still bounds the calls per second',
		},
		{
			displayName: 'Max Rate-Limit Wait (Seconds)',
			name: 'maxRateLimitWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 300,
			description:
				"Longest total time one execution may spend waiting on Gong's rate limit (429 answers). Past it, or when Retry-After asks for more (the daily budget of 10,000 calls is spent), the node stops waiting and reports the items not sent.",
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 20 },
			default: 5,
			description: 'Retries of one event after a 5xx answer, a timeout or a dropped connection',
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 30,
		},
		{
			displayName: 'Retry Delay (Seconds)',
			name: 'retryDelaySeconds',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 1,
			description:
				'First backoff delay; it doubles with each retry (with jitter), up to 30 seconds',
		},
		{
			displayName: 'Treat Already Reported as Error',
			name: 'alreadyReportedIsError',
			type: 'boolean',
			default: false,
			description:
				'Whether a 409 answer (Gong already has an event with this eventId) fails the item instead of returning it with status alreadyReported',
		},
	],
};
