import { z } from 'zod';

import { operations } from '../../nodes/GongEngagement/actions/engagementEvent';
import { eventSchemas } from '../../nodes/GongEngagement/schema';
import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';

/*
 * Every place of an event the Fields mode can fill has the form's labels, taken from the node's
 * description; row numbers count the form's rows.
 */

/** The form's labels for a problem at `path` of an operation's Fields-mode event. */
const fieldsModeLabel = (operation: string, path: Array<string | number>, rawEvent?: unknown) =>
	operations[operation]?.fields.label(path, rawEvent);
/** The event paths an operation's field table fills. */
const fieldsModePaths = (operation: string) => operations[operation].fields.paths();

const OPERATIONS = Object.keys(eventSchemas) as Array<keyof typeof eventSchemas>;

/** Every leaf path of a zod schema, `[]` for list entries (a list of plain values is a leaf). */
function leafPaths(schema: z.ZodTypeAny, prefix = ''): string[] {
	if (schema instanceof z.ZodEffects) return leafPaths(schema.innerType(), prefix);
	if (schema instanceof z.ZodOptional) return leafPaths(schema.unwrap(), prefix);
	if (schema instanceof z.ZodObject) {
		return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).flatMap(([key, value]) =>
			leafPaths(value, prefix ? `${prefix}.${key}` : key),
		);
	}
	if (schema instanceof z.ZodArray) {
		const entries = leafPaths(schema.element, `${prefix}[]`);
		return entries.length === 1 && entries[0] === `${prefix}[]` ? [prefix] : entries;
	}
	return [prefix];
}

/**
 * A person's CRM link rows have no Fields in the form (Gong: "intended for future use"); only the
 * event's CRM Context rows do. JSON mode can still send them.
 */
const jsonModeOnly = (path: string) =>
	/^(viewer|actor|recipients\[\]|nonCompanyParticipants\[\])\.context\[\]\.objects\[\]\.fields/.test(
		path,
	);

/** `a[].b` as a path with index 0 in each list: `['a', 0, 'b']`. */
const samplePath = (pattern: string) =>
	pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), 0] : [part]));

describe.each(OPERATIONS)('%s', (operation) => {
	const schemaPaths = leafPaths(eventSchemas[operation].schema as z.ZodTypeAny);

	test('every field of the event body the form can fill has a place in the table', () => {
		expect(schemaPaths.length).toBeGreaterThan(15);
		const covered = new Set(fieldsModePaths(operation));
		expect(schemaPaths.filter((path) => !covered.has(path) && !jsonModeOnly(path))).toEqual([]);
	});

	test('every place of the table is a place of the event body the schema knows', () => {
		// The leaves, and each object or list on the way to one.
		const places = new Set(
			schemaPaths.flatMap((path) =>
				path.split('.').flatMap((_, index, parts) => {
					const head = parts.slice(0, index + 1).join('.');
					return head.endsWith('[]') ? [head.slice(0, -2), head] : [head];
				}),
			),
		);
		expect(fieldsModePaths(operation).filter((path) => !places.has(path))).toEqual([]);
	});

	test("every entry of the table resolves to the form's labels", () => {
		const unresolved = fieldsModePaths(operation).filter(
			(pattern) => fieldsModeLabel(operation, samplePath(pattern)) === undefined,
		);
		expect(unresolved).toEqual([]);
	});
});

describe('labels as the form shows them', () => {
	test.each([
		['contentViewed', 'contentUrl', 'Content URL'],
		['contentViewed', 'viewer.email', 'Viewer → Email'],
		['contentViewed', 'viewer.context[].objects[].objectId', 'Viewer CRM Links #1 → Object ID'],
		['contentViewed', 'workspaceId', 'Additional Fields → Workspace'],
		['contentViewed', 'contentProperties[].value', 'Content Properties #1 → Value'],
		['contentViewed', 'crmContext[].objects[].fields[].name', 'CRM Context #1 → Fields #1 → Name'],
		[
			'contentViewed',
			'nonCompanyParticipants[].context[].objects[].objectId',
			'Non-Company Participants #1 → CRM Links #1 → Object ID',
		],
		['contentShared', 'recipients[].email', 'Recipients #1 → Email'],
		['contentShared', 'sharer.id', 'Sharer → Gong User ID'],
		['contentShared', 'sharingMessageBody', 'Additional Fields → Sharing Message Text'],
		['customAction', 'actor.context[].system', 'Actor CRM Links → System'],
		['customAction', 'contentUrl', 'Additional Fields → Content URL'],
		['digitalInteraction', 'content', 'Content Title'],
		[
			'digitalInteraction',
			'content.numericContentDetails.rangeTo',
			'Content Details → Numeric Range To',
		],
		[
			'digitalInteraction',
			'person.personBusinessContext.objectId',
			'Person → Person CRM Object ID',
		],
		['digitalInteraction', 'person.location.city', 'Person → City'],
		[
			'digitalInteraction',
			'person.company.companyBusinessContexts[].objectId',
			'Company CRM Records #1 → Object ID',
		],
		['digitalInteraction', 'customFields[].dataType', 'Event Custom Fields #1 → Data Type'],
	])('%s %s → %s', (operation, pattern, label) => {
		expect(fieldsModeLabel(operation, samplePath(pattern))).toBe(label);
	});

	test('row numbers count the rows the form shows, empty rows too', () => {
		// The third property row of the form; the empty second one was pruned before validation.
		const rawEvent = {
			eventProperties: [
				{ name: 'Pages', value: '3', dataType: 'number' },
				{ name: '', value: '', dataType: '' },
				{ name: 'Seconds', value: 'x', dataType: 'number' },
			],
		};
		expect(fieldsModeLabel('contentViewed', ['eventProperties', 1, 'value'], rawEvent)).toBe(
			'Event Properties #3 → Value',
		);
	});

	test('CRM links of one system keep their row number; of several, the system and its n-th link', () => {
		const oneSystem = {
			viewer: {
				context: [{ system: 'Salesforce', objects: [{ objectId: 'a' }, { objectId: '' }] }],
			},
		};
		expect(
			fieldsModeLabel(
				'contentViewed',
				['viewer', 'context', 0, 'objects', 1, 'objectId'],
				oneSystem,
			),
		).toBe('Viewer CRM Links #2 → Object ID');
		const twoSystems = {
			viewer: {
				context: [
					{ system: 'Salesforce', objects: [{ objectId: 'a' }] },
					{ system: 'HubSpot', objects: [{ objectId: 'b' }, { objectId: '' }] },
				],
			},
		};
		expect(
			fieldsModeLabel(
				'contentViewed',
				['viewer', 'context', 1, 'objects', 1, 'objectId'],
				twoSystems,
			),
		).toBe('Viewer CRM Links (HubSpot #2) → Object ID');
	});

	test('paths the form does not fill have no label', () => {
		expect(fieldsModeLabel('contentViewed', ['somethingElse'])).toBeUndefined();
		expect(fieldsModeLabel('noSuchOperation', ['contentUrl'])).toBeUndefined();
	});
});

describe("through n8n's engine: a Fields-mode error names the form's labels, then the JSON path", () => {
	const state = useSandbox();

	test('an empty Object ID in the second Viewer CRM Link', async () => {
		const link = (objectId: string) => ({ system: 'Salesforce', objectType: 'Contact', objectId });
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				viewer: { email: '={{ $json.email }}' },
				viewerCrmLinks: { link: [link('0033600001abcDEAAY'), link('')] },
			},
			items: [viewItem(0)],
		});
		expect(run.error?.message).toBe(
			'item 0: Viewer CRM Links #2 → Object ID is required (viewer.context[0].objects[1].objectId)',
		);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});

	test('JSON mode keeps the JSON path alone', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				inputMode: 'json',
				eventJson: JSON.stringify({
					reportingSystem: 'docusign',
					eventTimestamp: '2026-03-02T15:04:05Z',
					contentId: 'env-1',
					contentUrl: 'not a url',
					contentTitle: 'Proposal',
				}),
			},
			items: [viewItem(0)],
		});
		expect(run.error?.message).toBe(
			'item 0: contentUrl must be an absolute http(s) URL; got "not a url"',
		);
	});
});
