import type { INodeProperties } from 'n8n-workflow';

/* Parameters every engagement operation shows, before and after its own fields. */

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
	{
		displayName: 'Event (JSON)',
		name: 'eventJson',
		type: 'json',
		default:
			'{\n  "reportingSystem": "my-doc-tool",\n  "eventTimestamp": "2026-01-01T10:00:00Z",\n  "contentId": "doc-1",\n  "contentUrl": "https://example.com/doc-1",\n  "contentTitle": "Proposal"\n}',
		required: true,
		displayOptions: { show: { inputMode: ['json'] } },
		description:
			'The event exactly as Gong documents it. It is validated by the same rules as the fields mode; eventTimestamp may take any form the fields mode accepts.',
	},
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
			type: 'string',
			default: '',
			placeholder: 'Europe/Berlin',
			description:
				"IANA time zone for timestamps that carry no offset. Empty: the workflow's time zone.",
		},
	],
};
