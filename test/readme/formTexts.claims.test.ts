import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { GongEngagement } from '../../nodes/GongEngagement/GongEngagement.node';
import { backoffDelayMs } from '../../nodes/GongEngagement/transport/retryPolicy';

/*
 * The choices and defaults users are told about, held against the form n8n shows. (The
 * description snapshot pins the form as it is; these pin the promised choices and defaults.)
 */

const { properties } = new GongEngagement().description;

type Entry = INodeProperties & { values?: INodeProperties[] };

/** The property `name` as the form shows it for `operation`, searched through nested fields. */
function field(operation: string, name: string): INodeProperties {
	const visible = properties.filter((property) => {
		const shown = property.displayOptions?.show?.operation;
		return !shown || shown.includes(operation);
	});
	const search = (list: Entry[]): INodeProperties | undefined => {
		for (const entry of list) {
			if (entry.name === name && 'type' in entry) return entry;
			const nested = [
				...((entry.options ?? []) as Entry[]).filter((option) => typeof option === 'object'),
				...(entry.values ?? []),
			];
			const found = search(nested);
			if (found) return found;
		}
		return undefined;
	};
	const found = search(visible as Entry[]);
	if (!found) throw new Error(`${operation} shows no field ${name}`);
	return found;
}

const choiceNames = (operation: string, name: string) =>
	((field(operation, name).options ?? []) as INodePropertyOptions[]).map((option) => option.name);

const engagementOperations = ['contentViewed', 'contentShared', 'customAction'];

test('every operation has Define Event Using: Fields Below or JSON', () => {
	for (const operation of [...engagementOperations, 'digitalInteraction']) {
		expect(choiceNames(operation, 'inputMode')).toEqual(['Fields Below', 'JSON']);
		expect(field(operation, 'inputMode').default).toBe('fields');
	}
});

test('Delivery defaults: Calls Per Second 3, Max Concurrent Calls 3, Max Rate-Limit Wait 300 s, Max Retries 5, Retry Delay 1 s, Treat Already Reported as Error off', () => {
	const defaults = Object.fromEntries(
		((field('contentViewed', 'delivery').options ?? []) as INodeProperties[]).map((option) => [
			option.name,
			option.default,
		]),
	);
	expect(defaults).toMatchObject({
		callsPerSecond: 3,
		maxConcurrentCalls: 3,
		maxRateLimitWaitSeconds: 300,
		maxRetries: 5,
		retryDelaySeconds: 1,
		alreadyReportedIsError: false,
		dryRun: false,
	});
});

test('a retry backoff never exceeds 30 s (UI: "doubles with each retry (with jitter), up to 30 seconds")', () => {
	const highest = () => 1;
	expect(backoffDelayMs(1, 1000, highest)).toBe(1000);
	expect(backoffDelayMs(2, 1000, highest)).toBe(2000);
	expect(backoffDelayMs(6, 1000, highest)).toBe(30_000);
	expect(backoffDelayMs(20, 1000, highest)).toBe(30_000);
	// Half of each delay is jitter: the first retry waits between half and all of Retry Delay.
	expect(backoffDelayMs(1, 1000, () => 0)).toBe(500);
});

describe('Content Viewed: the choices of its fields', () => {
	test('Identify Viewer By: Viewer Details, Tracking ID, Neither', () => {
		expect(choiceNames('contentViewed', 'viewerIdentification')).toEqual([
			'Viewer Details',
			'Tracking ID',
			'Neither',
		]);
	});

	test('CRM Context: System (Salesforce, HubSpot, Microsoft Dynamics, Generic), Object Type (Account, Contact, Lead, Opportunity, User)', () => {
		expect(choiceNames('contentViewed', 'system').sort()).toEqual(
			['Salesforce', 'HubSpot', 'Microsoft Dynamics', 'Generic'].sort(),
		);
		expect(choiceNames('contentViewed', 'objectType').sort()).toEqual(
			['Account', 'Contact', 'Lead', 'Opportunity', 'User'].sort(),
		);
	});

	test('Properties: Data Type String, Number, Date, URL', () => {
		expect(choiceNames('contentViewed', 'dataType').sort()).toEqual(
			['String', 'Number', 'Date', 'URL'].sort(),
		);
	});

	test('Agent Platform: Not Specified (not sent), Android, iOS, Linux, MacOS, Windows', () => {
		expect(choiceNames('contentViewed', 'agentPlatform')).toEqual([
			'Not Specified',
			'Android',
			'iOS',
			'Linux',
			'MacOS',
			'Windows',
		]);
		expect(field('contentViewed', 'agentPlatform').default).toBe('');
	});
});

describe('Digital Interaction: the choices of its fields', () => {
	const values = (name: string) =>
		((field('digitalInteraction', name).options ?? []) as INodePropertyOptions[]).map(
			(option) => option.value,
		);

	test('Numeric Type: NPS, Percentage, Rating, Other or Not Specified', () => {
		expect(values('numericType').sort()).toEqual(
			['', 'NPS', 'OTHER', 'PERCENTAGE', 'RATING'].sort(),
		);
		expect(choiceNames('digitalInteraction', 'numericType').sort()).toEqual(
			['Not Specified', 'NPS', 'Other', 'Percentage', 'Rating'].sort(),
		);
	});

	test('Search Object Type: Vendor, Product, Category', () => {
		expect(values('searchObjectType').sort()).toEqual(['CATEGORY', 'PRODUCT', 'VENDOR']);
	});

	test('Person CRM Object Type CONTACT or LEAD; Company CRM Records ACCOUNT or OPPORTUNITY', () => {
		expect(values('personCrmObjectType').filter(Boolean).sort()).toEqual(['CONTACT', 'LEAD']);
		const company = field('digitalInteraction', 'companyBusinessContexts') as Entry;
		const record = (company.options as Entry[])[0].values!;
		const objectType = record.find((entry) => entry.name === 'objectType')!;
		expect(
			(objectType.options as INodePropertyOptions[]).map((option) => option.value).sort(),
		).toEqual(['ACCOUNT', 'OPPORTUNITY']);
	});

	test('Custom field Data Type: STRING, NUMBER, DATE, URL, BOOLEAN, DURATION', () => {
		expect(values('dataType').sort()).toEqual(
			['BOOLEAN', 'DATE', 'DURATION', 'NUMBER', 'STRING', 'URL'].sort(),
		);
	});

	test('Device: MOBILE, PC, or Not Specified', () => {
		expect(values('device').sort()).toEqual(['', 'MOBILE', 'PC'].sort());
	});

	test('Event ID is optional in the form (left empty, a stable one is derived)', () => {
		const eventId = field('digitalInteraction', 'eventId');
		expect(eventId.required ?? false).toBe(false);
		expect(eventId.default).toBe('');
	});
});

test('UI hints: "Gong accepts a/an X or a tracking ID, never both" reads with the right article', () => {
	const hints = [
		field('contentViewed', 'viewerIdentification').description,
		field('customAction', 'actorIdentification').description,
		field('digitalInteraction', 'personIdentification').description,
	];
	expect(hints).toEqual([
		'Gong accepts a viewer or a tracking ID, never both',
		'Gong accepts an actor or a tracking ID, never both',
		'Gong accepts a person or a tracking ID, never both',
	]);
});
