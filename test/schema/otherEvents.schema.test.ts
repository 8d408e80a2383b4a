import { normalizeEvent } from '../../nodes/GongEngagement/helpers/normalizeEvent';
import { type EventSchema, eventSchemas, validateEvent } from '../../nodes/GongEngagement/schema';

/* Every field rule of Content Shared, Custom Action and Digital Interaction, with its message. */

const problemsOf = (
	kind: keyof typeof eventSchemas,
	event: Record<string, unknown>,
	timestampField = 'eventTimestamp',
) => {
	const definition: EventSchema<unknown> = eventSchemas[kind];
	const result = validateEvent(definition, normalizeEvent(event, 'UTC', timestampField));
	return result.valid ? [] : result.problems;
};

const shared = {
	reportingSystem: 'hubspot-docs',
	eventTimestamp: '2026-03-01T09:13:02Z',
	contentId: 'doc-7',
	contentUrl: 'https://docs.example.com/doc-7',
	contentTitle: 'Proposal',
};

describe('Content Shared', () => {
	test('a valid event with sharer and recipients has no problems', () => {
		expect(
			problemsOf('contentShared', {
				...shared,
				sharer: { id: '234599484848423', email: 'sam@vendor.example', name: 'Sam' },
				recipients: [{ email: 'jane@acme.example', name: 'Jane' }],
				sharingMessageBody: '<p>Here is the <b>proposal</b></p>',
			}),
		).toEqual([]);
	});

	test.each<[string, Record<string, unknown>, string]>([
		['content is required', { contentUrl: undefined }, 'contentUrl is required'],
		[
			'recipients need an email',
			{ recipients: [{ name: 'Jane' }] },
			'recipients[0].email is required',
		],
		[
			'recipient email is an email',
			{ recipients: [{ email: 'jane' }] },
			'recipients[0].email must be an email address; got "jane"',
		],
		[
			'sharer email is an email',
			{ sharer: { email: 'sam@' } },
			'sharer.email must be an email address; got "sam@"',
		],
		[
			'sharer has no other fields',
			{ sharer: { title: 'AE' } },
			'sharer: "title" is not a field Gong accepts here',
		],
		[
			'shareInfoUrl is a URL',
			{ shareInfoUrl: 'share/1' },
			'shareInfoUrl must be an absolute http(s) URL; got "share/1"',
		],
		[
			'viewer is not a shared field',
			{ viewer: { email: 'a@b.co' } },
			'"viewer" is not a field Gong accepts here (use recipients on Content Shared)',
		],
		[
			'viewActionTitle points to actionName',
			{ viewActionTitle: 'Sent' },
			'"viewActionTitle" is not a field Gong accepts here (use actionName on Content Shared)',
		],
		[
			'workspace is numeric',
			{ workspaceId: 'Sales' },
			'workspaceId must be a numeric Gong workspace id; got "Sales"',
		],
	])('%s', (_rule, change, message) => {
		expect(problemsOf('contentShared', { ...shared, ...change })).toContain(message);
	});
});

const action = {
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-04T11:00:00Z',
	actionName: 'Contract Signed',
};

describe('Custom Action', () => {
	test('content fields are optional', () => {
		expect(problemsOf('customAction', action)).toEqual([]);
	});

	test.each<[string, Record<string, unknown>, string]>([
		['actionName is required', { actionName: '' }, 'actionName is required'],
		[
			'actor xor trackingId',
			{ actor: { email: 'a@acme.example' }, trackingId: 't-1' },
			'trackingId must be left empty when actor is given (Gong accepts an actor or a trackingId, never both)',
		],
		[
			'actor email',
			{ actor: { email: 'nobody' } },
			'actor.email must be an email address; got "nobody"',
		],
		[
			'eventInfoUrl is a URL',
			{ eventInfoUrl: 'x' },
			'eventInfoUrl must be an absolute http(s) URL; got "x"',
		],
		[
			'contentUrl, when given, is a URL',
			{ contentUrl: 'doc' },
			'contentUrl must be an absolute http(s) URL; got "doc"',
		],
		[
			'viewer points to actor',
			{ viewer: { email: 'a@acme.example' } },
			'"viewer" is not a field Gong accepts here (use actor on Custom Action)',
		],
		[
			'shareId belongs elsewhere',
			{ shareId: 's' },
			'"shareId" is not a field Gong accepts here (belongs to a Content Shared or Content Viewed event)',
		],
	])('%s', (_rule, change, message) => {
		expect(problemsOf('customAction', { ...action, ...change })).toContain(message);
	});
});

const interaction = {
	eventId: 'evt-1',
	timestamp: '2026-03-04T11:00:00Z',
	eventType: 'Pricing Page Viewed',
	content: { contentTitle: 'Pricing' },
};

describe('Digital Interaction', () => {
	test('a full valid interaction has no problems', () => {
		expect(
			problemsOf(
				'digitalInteraction',
				{
					...interaction,
					sessionId: 's-1',
					device: 'PC',
					sourceSystemName: 'Zapier',
					content: {
						contentId: 'pricing',
						contentTitle: 'Pricing',
						contentLabel: ['pricing'],
						contentUrl: 'https://example.com/pricing',
						contentAdditionalInfoUrl: 'https://example.com/pricing/analytics',
						numericContentDetails: { value: 9, rangeFrom: 0, rangeTo: 10, numericType: 'NPS' },
						stepContentDetails: { value: 'Plan', availableSteps: ['Plan', 'Pay'] },
						searchObjectDetails: { name: 'Acme', objectType: 'VENDOR', domain: 'acme.example' },
						contentCustomFields: [{ name: 'Seconds', value: 95, dataType: 'DURATION' }],
					},
					person: {
						email: 'jane@acme.example',
						personBusinessContext: {
							objectType: 'CONTACT',
							objectId: '0033600001abcDEAAY',
							systemName: 'Salesforce',
						},
						location: { country: 'US', city: 'Austin' },
						company: {
							domain: 'acme.example',
							companyBusinessContexts: [{ objectType: 'ACCOUNT', objectId: '0013601230sV7grAAC' }],
						},
						personCustomFields: [{ name: 'Returning', value: true, dataType: 'BOOLEAN' }],
					},
					customFields: [{ name: 'Campaign', value: 'spring', dataType: 'STRING' }],
				},
				'timestamp',
			),
		).toEqual([]);
	});

	test.each<[string, Record<string, unknown>, string]>([
		['eventId is required', { eventId: undefined }, 'eventId is required'],
		['eventType is required', { eventType: ' ' }, 'eventType is required'],
		[
			'timestamp is a date',
			{ timestamp: 'now-ish' },
			'timestamp must be a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date; got "now-ish"',
		],
		['content is required', { content: undefined }, 'content is required'],
		[
			'content title is required',
			{ content: { contentUrl: 'https://e.com' } },
			'content.contentTitle is required',
		],
		[
			'device is MOBILE or PC',
			{ device: 'TABLET' },
			'device must be one of MOBILE, PC; got "TABLET"',
		],
		[
			'person xor trackingId',
			{ person: { email: 'a@acme.example' }, trackingId: 't' },
			'trackingId must be left empty when person is given (Gong accepts a person or a trackingId, never both)',
		],
		['person email', { person: { email: 'x' } }, 'person.email must be an email address; got "x"'],
		[
			'person context type',
			{ person: { personBusinessContext: { objectType: 'Contact', objectId: '1' } } },
			'person.personBusinessContext.objectType must be one of CONTACT, LEAD; got "Contact" (write it "CONTACT")',
		],
		[
			'company context id',
			{ person: { company: { companyBusinessContexts: [{ objectType: 'ACCOUNT' }] } } },
			'person.company.companyBusinessContexts[0].objectId is required',
		],
		[
			'custom field data type',
			{ customFields: [{ name: 'a', value: '1', dataType: 'number' }] },
			'customFields[0].dataType must be one of BOOLEAN, DATE, DURATION, NUMBER, STRING, URL; got "number" (write it "NUMBER")',
		],
		[
			'custom field value vs type',
			{ customFields: [{ name: 'a', value: 'yes', dataType: 'BOOLEAN' }] },
			'customFields[0].value must be true or false (dataType is BOOLEAN); got "yes"',
		],
		[
			'numeric range',
			{
				content: {
					contentTitle: 'NPS',
					numericContentDetails: { value: 11, rangeFrom: 0, rangeTo: 10 },
				},
			},
			'content.numericContentDetails.value must lie between rangeFrom and rangeTo (0..10); got 11',
		],
		[
			'numeric whole numbers',
			{ content: { contentTitle: 'NPS', numericContentDetails: { rangeFrom: 0.5, rangeTo: 10 } } },
			'content.numericContentDetails.rangeFrom must be a whole number from -2147483648 to 2147483647 (int32); got 0.5',
		],
		[
			'numeric values are int32, as Gong parses them',
			{
				content: {
					contentTitle: 'Views',
					numericContentDetails: { value: 2 ** 31, rangeFrom: 0, rangeTo: 2 ** 31 },
				},
			},
			'content.numericContentDetails.rangeTo must be a whole number from -2147483648 to 2147483647 (int32); got 2147483648',
		],
		[
			'int32 has a lower bound too',
			{
				content: {
					contentTitle: 'Views',
					numericContentDetails: { rangeFrom: -(2 ** 31) - 1, rangeTo: 0 },
				},
			},
			'content.numericContentDetails.rangeFrom must be a whole number from -2147483648 to 2147483647 (int32); got -2147483649',
		],
		[
			'step in available steps',
			{
				content: {
					contentTitle: 'Checkout',
					stepContentDetails: { value: 'Ship', availableSteps: ['Plan', 'Pay'] },
				},
			},
			'content.stepContentDetails.value must be one of availableSteps (Plan, Pay); got "Ship"',
		],
		[
			'search object type',
			{
				content: {
					contentTitle: 'Search',
					searchObjectDetails: { name: 'x', objectType: 'TOOL', domain: 'x.com' },
				},
			},
			'content.searchObjectDetails.objectType must be one of CATEGORY, PRODUCT, VENDOR; got "TOOL"',
		],
		[
			'legacy field points to its place',
			{ eventTimestamp: '2026-01-01T00:00:00Z' },
			'"eventTimestamp" is not a field Gong accepts here (use timestamp on Digital Interaction)',
		],
	])('%s', (_rule, change, message) => {
		expect(problemsOf('digitalInteraction', { ...interaction, ...change }, 'timestamp')).toContain(
			message,
		);
	});
});
