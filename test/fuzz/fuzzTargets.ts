import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { expectedFullBody, fullFieldParameters, viewItem } from '../harness/fixtures';
import {
	expectedInteractionBody,
	expectedSharedBody,
	interactionParameters,
	shareItem,
	sharedParameters,
} from '../harness/operationFixtures';

/*
 * Per operation: a valid body for JSON mode, and the full-field UI parameters for Fields mode with
 * every literal value turned into an expression that reads it from the item (`={{ $json.p.k3 }}`),
 * so the fuzzer changes what the UI fields resolve to, as upstream data does.
 */

export const OPERATIONS = [
	'contentViewed',
	'contentShared',
	'customAction',
	'digitalInteraction',
] as const;
export type OperationName = (typeof OPERATIONS)[number];

/** Ids differ per item and per run, so Gong's (the sandbox's) repeat check never sees a repeat. */
const unique = (index: number, run: string) => `${run}-${index}`;

const customActionBody = {
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-04T11:00:00Z',
	actionName: 'Contract Signed',
	actor: { email: 'jane@acme.example', name: 'Jane Buyer' },
	crmContext: [{ system: 'Generic', objects: [{ objectType: 'Account', objectId: 'acct-9' }] }],
	eventProperties: [{ name: 'Signed At', value: '2026-03-04T11:00:00Z', dataType: 'date' }],
	contentId: 'env-1',
	contentTitle: 'MSA',
	contentUrl: 'https://app.docusign.com/documents/details/env-1',
	eventInfoUrl: 'https://app.docusign.com/documents/details/env-1/history',
};

const customActionParameters: INodeParameters = {
	operation: 'customAction',
	reportingSystem: 'docusign',
	eventTimestamp: '={{ $json.signedAt }}',
	actionName: 'Contract Signed',
	actorIdentification: 'actor',
	actor: { email: 'jane@acme.example', name: 'Jane Buyer' },
	crmContext: { record: [{ system: 'Generic', objectType: 'Account', objectId: 'acct-9' }] },
	eventProperties: {
		property: [{ name: 'Signed At', value: '2026-03-04T11:00:00Z', dataType: 'date' }],
	},
	additionalFields: {
		eventId: '={{ $json.envelope }}',
		contentId: '={{ $json.envelope }}',
		contentTitle: 'MSA',
		contentUrl: 'https://app.docusign.com/documents/details/env-1',
		eventInfoUrl: 'https://app.docusign.com/documents/details/env-1/history',
		workspaceId: { __rl: true, mode: 'id', value: '723457276584335' },
	},
};

/** JSON mode: a full valid body of the operation, its ids unique to the item. */
export function validBody(operation: OperationName, index: number, run: string): IDataObject {
	const id = unique(index, run);
	switch (operation) {
		case 'contentViewed':
			return { ...expectedFullBody, eventId: `view-${id}`, contentId: `env-${id}` };
		case 'contentShared':
			return { ...expectedSharedBody, eventId: `share-${id}`, contentId: `doc-${id}` };
		case 'customAction':
			return { ...customActionBody, eventId: `action-${id}`, contentId: `env-${id}` };
		case 'digitalInteraction':
			return {
				...expectedInteractionBody,
				eventId: `di-${id}`,
				content: { ...expectedInteractionBody.content, contentId: `pricing-${id}` },
			};
	}
}

interface FieldsTarget {
	parameters: INodeParameters;
	/** The item fields the fixture's own expressions read; ids unique to the item. */
	item: (index: number, run: string) => IDataObject;
}

const fieldsTargets: Record<OperationName, FieldsTarget> = {
	contentViewed: {
		parameters: { operation: 'contentViewed', ...fullFieldParameters },
		item: (index, run) => viewItem(0, { envelopeId: `env-${unique(index, run)}` }),
	},
	contentShared: {
		parameters: sharedParameters,
		item: (index, run) => ({ ...shareItem, docId: `doc-${unique(index, run)}` }),
	},
	customAction: {
		parameters: customActionParameters,
		item: (index, run) => ({ envelope: `env-${unique(index, run)}`, signedAt: 1772622000 }),
	},
	digitalInteraction: {
		parameters: interactionParameters,
		item: (index, run) => ({ id: `di-${unique(index, run)}`, at: 1767261600000 }),
	},
};

/** Parameters that choose what the node does, not what it sends: left as written. */
const KEPT = new Set(['operation', 'resource', 'authentication', 'inputMode', '__rl', 'mode']);

/**
 * The operation's UI parameters with every literal leaf replaced by `={{ $json.p.kN }}`, and the
 * values those leaves had (the item's `p` for an unchanged, valid event). Leaves named eventId get
 * the item's unique suffix, so each item is its own event.
 */
export function fieldsTarget(operation: OperationName) {
	const leaves: unknown[] = [];
	const leafIsEventId: boolean[] = [];
	const rewrite = (value: unknown, key: string): unknown => {
		if (KEPT.has(key)) return value;
		if (Array.isArray(value)) return value.map((entry) => rewrite(entry, key));
		if (value !== null && typeof value === 'object') {
			return Object.fromEntries(
				Object.entries(value).map(([name, entry]) => [name, rewrite(entry, name)]),
			);
		}
		// The fixture's own expressions read the item fields that `item` fills.
		if (typeof value === 'string' && value.startsWith('=')) return value;
		leaves.push(value);
		leafIsEventId.push(key === 'eventId');
		return `={{ $json.p.k${leaves.length - 1} }}`;
	};
	const target = fieldsTargets[operation];
	const parameters = rewrite(target.parameters, '') as INodeParameters;
	return {
		parameters,
		item: (index: number, run: string): IDataObject => ({
			...target.item(index, run),
			p: Object.fromEntries(
				leaves.map((leaf, leafIndex) => [
					`k${leafIndex}`,
					leafIsEventId[leafIndex] ? `${String(leaf)}-${unique(index, run)}` : leaf,
				]),
			) as IDataObject,
		}),
	};
}
