import { normalizeEvent } from '../../nodes/GongEngagement/helpers/normalizeEvent';
import { eventSchemas, validateEvent } from '../../nodes/GongEngagement/schema';

/* Every field rule of Content Viewed: at least one rejected input each, with the exact message. */

const valid = {
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05+01:00',
	contentId: 'env-1',
	contentUrl: 'https://docs.example.com/env-1',
	contentTitle: 'Proposal',
};

const problemsOf = (event: Record<string, unknown>) => {
	const result = validateEvent(eventSchemas.contentViewed, normalizeEvent(event, 'UTC'));
	return result.valid ? [] : result.problems;
};

test('a minimal valid event has no problems', () => {
	expect(problemsOf(valid)).toEqual([]);
});

test.each<[string, Record<string, unknown>, string]>([
	['required: reportingSystem', { reportingSystem: undefined }, 'reportingSystem is required'],
	['required: eventTimestamp', { eventTimestamp: undefined }, 'eventTimestamp is required'],
	['required: contentId (blank counts as missing)', { contentId: '   ' }, 'contentId is required'],
	['required: contentUrl', { contentUrl: null }, 'contentUrl is required'],
	['required: contentTitle', { contentTitle: '' }, 'contentTitle is required'],
	[
		'type: contentId must be a string',
		{ contentId: 42 },
		'contentId must be a string; got the number 42 (give it as text: "42")',
	],
	[
		'type: viewer must be an object',
		{ viewer: 'jane@acme.com' },
		'viewer must be an object; got a string',
	],
	[
		'type: crmContext must be an array',
		{ crmContext: { system: 'Salesforce' } },
		'crmContext must be an array; got an object',
	],
	[
		'timestamp: not a date',
		{ eventTimestamp: 'yesterday' },
		'eventTimestamp must be a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date; got "yesterday"',
	],
	[
		'url: contentUrl relative',
		{ contentUrl: '/doc/1' },
		'contentUrl must be an absolute http(s) URL; got "/doc/1"',
	],
	[
		'url: viewInfoUrl not http',
		{ viewInfoUrl: 'ftp://x.com/a' },
		'viewInfoUrl must be an absolute http(s) URL; got "ftp://x.com/a"',
	],
	[
		'viewer xor trackingId',
		{ viewer: { email: 'a@acme.com' }, trackingId: 't-1' },
		'trackingId must be left empty when viewer is given (Gong accepts a viewer or a trackingId, never both)',
	],
	[
		'viewer.email',
		{ viewer: { email: 'jane(at)acme' } },
		'viewer.email must be an email address; got "jane(at)acme"',
	],
	[
		'viewer context system',
		{ viewer: { context: [{ system: 'SAP', objects: [] }] } },
		'viewer.context[0].system must be one of Salesforce, HubSpot, MicrosoftDynamic, Generic; got "SAP"',
	],
	[
		'viewer context objectId required',
		{
			viewer: {
				context: [
					{
						system: 'Generic',
						objects: [{ objectType: 'Lead', objectId: 'l-1' }, { objectType: 'Contact' }],
					},
				],
			},
		},
		'viewer.context[0].objects[1].objectId is required',
	],
	[
		'viewer context objectType required',
		{ viewer: { context: [{ system: 'Generic', objects: [{ objectId: 'l-1' }] }] } },
		'viewer.context[0].objects[0].objectType is required',
	],
	[
		'crmContext system required',
		{ crmContext: [{ objects: [{ objectType: 'Account', objectId: 'a-1' }] }] },
		'crmContext[0].system is required',
	],
	[
		'crmContext object type',
		{ crmContext: [{ system: 'Generic', objects: [{ objectType: 'Deal', objectId: 'd-1' }] }] },
		'crmContext[0].objects[0].objectType must be one of Account, Contact, Lead, Opportunity, User; got "Deal"',
	],
	[
		'Salesforce ids are 15 or 18 characters',
		{
			crmContext: [
				{ system: 'Salesforce', objects: [{ objectType: 'Account', objectId: '0013601230sV7g' }] },
			],
		},
		'crmContext[0].objects[0].objectId must be a 15- or 18-character Salesforce id; got "0013601230sV7g"',
	],
	[
		'crm field name required',
		{
			crmContext: [
				{
					system: 'Generic',
					objects: [{ objectType: 'Account', objectId: 'a', fields: [{ value: 'x' }] }],
				},
			],
		},
		'crmContext[0].objects[0].fields[0].name is required',
	],
	[
		'property data type',
		{ contentProperties: [{ name: 'pages', value: '3', dataType: 'integer' }] },
		'contentProperties[0].dataType must be one of date, number, string, url; got "integer"',
	],
	[
		'property name required',
		{ eventProperties: [{ value: 'x', dataType: 'string' }] },
		'eventProperties[0].name is required',
	],
	[
		'property value required',
		{ eventProperties: [{ name: 'n', dataType: 'string' }] },
		'eventProperties[0].value is required',
	],
	[
		'property number value',
		{ eventProperties: [{ name: 'seconds', value: '12s', dataType: 'number' }] },
		'eventProperties[0].value must be a number in JSON form, e.g. 3.14 (dataType is number); got "12s"',
	],
	[
		'property date value',
		{ eventProperties: [{ name: 'at', value: 'soon', dataType: 'date' }] },
		'eventProperties[0].value must be an ISO-8601 date-time with offset, e.g. 2021-02-17T02:30:00-08:00 (dataType is date); got "soon"',
	],
	[
		'property url value',
		{ contentProperties: [{ name: 'link', value: 'example.com', dataType: 'url' }] },
		'contentProperties[0].value must be an absolute http(s) URL (dataType is url); got "example.com"',
	],
	[
		'agentPlatform',
		{ agentPlatform: 'Windows, Linux' },
		'agentPlatform must be one of Android, iOS, Linux, MacOS, Windows; got "Windows, Linux"',
	],
	[
		'workspaceId is numeric',
		{ workspaceId: 'Sales' },
		'workspaceId must be a numeric Gong workspace id; got "Sales"',
	],
	[
		'nonCompanyParticipants are people',
		{ nonCompanyParticipants: [{ email: 'cfo@acme.com' }, { email: 'nobody' }] },
		'nonCompanyParticipants[1].email must be an email address; got "nobody"',
	],
	['unknown field', { contentName: 'x' }, '"contentName" is not a field Gong accepts here'],
	[
		'unknown nested field',
		{ viewer: { phone: '+1' } },
		'viewer: "phone" is not a field Gong accepts here',
	],
	[
		'undocumented sibling field with a pointer',
		{ actionName: 'Opened' },
		'"actionName" is not a field Gong accepts here (use viewActionTitle on Content Viewed)',
	],
])('%s', (_rule, change, message) => {
	const problems = problemsOf({ ...valid, ...change });
	expect(problems).toContain(message);
});

test('every problem of an item is reported, not only the first', () => {
	expect(problemsOf({ ...valid, contentUrl: 'x', agentPlatform: 'BeOS' })).toHaveLength(2);
});
