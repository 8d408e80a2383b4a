import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { description as engagementEventProperties } from '../actions/engagementEvent';
import { isPlainObject } from './eventInput';
import { pruneEmpty } from './normalizeEvent';

/*
 * Fields mode: where in the event each form field ends up, so a problem found at a JSON path
 * (`viewer.context[0].objects[0].objectId`) can be told in the form's own words
 * (`Viewer CRM Links #1 → Object ID`). The words come from the node's description (displayName by
 * parameter name); the table below only says which parameter fills which place of the event, as
 * fieldsToEvent.ts and each operation's eventFromFields do.
 */

type PathSegment = string | number;

/** `[]` a list row; `[system]` a CRM system group, whose `objects[]` are the form's link rows. */
const ROW = Symbol('row');
const SYSTEM_GROUP = Symbol('system group');
type PatternToken = string | typeof ROW | typeof SYSTEM_GROUP;

/** [event path pattern, parameter path: parameter names down through collections and lists]. */
type Rule = [event: string, parameters: string];

/** A person's CRM links (Gong's `context`), grouped by system from the form's link rows. */
const crmLinkRules = (event: string, list: string, group: string): Rule[] => [
	[event, list],
	[`${event}[system].system`, `${list}.${group}.system`],
	[`${event}[system].objects[]`, `${list}.${group}`],
	[`${event}[system].objects[].objectType`, `${list}.${group}.objectType`],
	[`${event}[system].objects[].objectId`, `${list}.${group}.objectId`],
];

/** Email, name, title and CRM links of a person in a list row or collection. */
const actorRules = (event: string, parameter: string, crmLinks: string, group: string): Rule[] => [
	[event, parameter],
	[`${event}.email`, `${parameter}.email`],
	[`${event}.name`, `${parameter}.name`],
	[`${event}.title`, `${parameter}.title`],
	...crmLinkRules(`${event}.context`, crmLinks, group),
];

const propertyRules = (event: string, list: string, row: string): Rule[] => [
	[event, list],
	[`${event}[]`, `${list}.${row}`],
	[`${event}[].name`, `${list}.${row}.name`],
	[`${event}[].value`, `${list}.${row}.value`],
	[`${event}[].dataType`, `${list}.${row}.dataType`],
];

const additionalFieldRules = (...names: Array<[event: string, parameter?: string]>): Rule[] =>
	names.map(([event, parameter]) => [event, `additionalFields.${parameter ?? event}`]);

const engagementCommonRules: Rule[] = [
	['reportingSystem', 'reportingSystem'],
	['eventTimestamp', 'eventTimestamp'],
	['crmContext', 'crmContext'],
	['crmContext[system].system', 'crmContext.record.system'],
	['crmContext[system].objects[]', 'crmContext.record'],
	['crmContext[system].objects[].objectType', 'crmContext.record.objectType'],
	['crmContext[system].objects[].objectId', 'crmContext.record.objectId'],
	['crmContext[system].objects[].fields', 'crmContext.record.fields'],
	['crmContext[system].objects[].fields[]', 'crmContext.record.fields.field'],
	['crmContext[system].objects[].fields[].name', 'crmContext.record.fields.field.name'],
	['crmContext[system].objects[].fields[].value', 'crmContext.record.fields.field.value'],
	...propertyRules('contentProperties', 'contentProperties', 'property'),
	...propertyRules('eventProperties', 'eventProperties', 'property'),
	['nonCompanyParticipants', 'nonCompanyParticipants'],
	...actorRules(
		'nonCompanyParticipants[]',
		'nonCompanyParticipants.participant',
		'nonCompanyParticipants.participant.crmLinks',
		'link',
	),
	...additionalFieldRules(
		['eventId'],
		['userAgent'],
		['mobileAppId'],
		['agentPlatform'],
		['workspaceId'],
	),
];

const requiredContentRules: Rule[] = [
	['contentId', 'contentId'],
	['contentUrl', 'contentUrl'],
	['contentTitle', 'contentTitle'],
];

/** Object type, object ID and system name; the person's own record is flat fields named personCrm…. */
const businessContextRules = (event: string, parameter: string, flatPrefix?: string): Rule[] =>
	[
		['objectType', 'ObjectType'],
		['objectId', 'ObjectId'],
		['systemName', 'SystemName'],
	].map(
		([field, flatName]): Rule => [
			`${event}.${field}`,
			`${parameter}.${flatPrefix ? `${flatPrefix}${flatName}` : field}`,
		],
	);

const customFieldRules = (event: string, list: string) => propertyRules(event, list, 'field');

const RULES: Record<string, Rule[]> = {
	contentViewed: [
		...engagementCommonRules,
		...requiredContentRules,
		...additionalFieldRules(['viewActionTitle'], ['shareId'], ['viewInfoUrl']),
		['trackingId', 'trackingId'],
		...actorRules('viewer', 'viewer', 'viewerCrmLinks', 'link'),
	],
	contentShared: [
		...engagementCommonRules,
		...requiredContentRules,
		...additionalFieldRules(
			['actionName'],
			['shareId'],
			['shareInfoUrl'],
			['sharingMessageSubject'],
			['sharingMessageBody'],
			['trackingId'],
		),
		['sharer', 'sharer'],
		['sharer.id', 'sharer.id'],
		['sharer.email', 'sharer.email'],
		['sharer.name', 'sharer.name'],
		['recipients', 'recipients'],
		...actorRules('recipients[]', 'recipients.recipient', 'recipients.recipient.crmLinks', 'link'),
	],
	customAction: [
		...engagementCommonRules,
		...additionalFieldRules(['contentId'], ['contentUrl'], ['contentTitle'], ['eventInfoUrl']),
		['actionName', 'actionName'],
		['trackingId', 'trackingId'],
		...actorRules('actor', 'actor', 'actorCrmLinks', 'link'),
	],
	digitalInteraction: [
		['eventId', 'eventId'],
		['timestamp', 'timestamp'],
		['eventType', 'eventType'],
		...additionalFieldRules(['sourceSystemName'], ['sessionId'], ['device']),
		// The event's content object is required because its title is.
		['content', 'contentTitle'],
		['content.contentTitle', 'contentTitle'],
		['content.contentId', 'content.contentId'],
		['content.contentLabel', 'content.contentLabel'],
		['content.contentUrl', 'content.contentUrl'],
		['content.contentAdditionalInfoUrl', 'content.contentAdditionalInfoUrl'],
		['content.numericContentDetails', 'content'],
		['content.stepContentDetails', 'content'],
		['content.searchObjectDetails', 'content'],
		['content.numericContentDetails.value', 'content.numericValue'],
		['content.numericContentDetails.rangeFrom', 'content.numericRangeFrom'],
		['content.numericContentDetails.rangeTo', 'content.numericRangeTo'],
		['content.numericContentDetails.numericType', 'content.numericType'],
		['content.stepContentDetails.value', 'content.stepValue'],
		['content.stepContentDetails.availableSteps', 'content.availableSteps'],
		['content.searchObjectDetails.name', 'content.searchName'],
		['content.searchObjectDetails.objectType', 'content.searchObjectType'],
		['content.searchObjectDetails.domain', 'content.searchDomain'],
		['content.searchObjectDetails.objectId', 'content.searchObjectId'],
		['content.searchObjectDetails.url', 'content.searchUrl'],
		...customFieldRules('content.contentCustomFields', 'contentCustomFields'),
		['person', 'person'],
		['person.name', 'person.name'],
		['person.email', 'person.email'],
		['person.phoneNumber', 'person.phoneNumber'],
		['person.personId', 'person.personId'],
		...businessContextRules('person.personBusinessContext', 'person', 'personCrm'),
		['person.location.country', 'person.country'],
		['person.location.state', 'person.state'],
		['person.location.region', 'person.region'],
		['person.location.city', 'person.city'],
		['person.company.companyId', 'person.companyId'],
		['person.company.name', 'person.companyName'],
		['person.company.domain', 'person.companyDomain'],
		['person.company.companyBusinessContexts', 'companyBusinessContexts'],
		['person.company.companyBusinessContexts[]', 'companyBusinessContexts.record'],
		...businessContextRules(
			'person.company.companyBusinessContexts[]',
			'companyBusinessContexts.record',
		),
		...customFieldRules('person.personCustomFields', 'personCustomFields'),
		['trackingId', 'trackingId'],
		...customFieldRules('customFields', 'customFields'),
	],
};

/** The event paths the form fills, `[]` for any list index: what the table covers. */
export function fieldsModePaths(operation: string): string[] {
	return (RULES[operation] ?? []).map(([event]) => event.replace(/\[system\]/g, '[]'));
}

function parsePattern(pattern: string): PatternToken[] {
	const tokens: PatternToken[] = [];
	for (const part of pattern.split('.')) {
		const [, key, list] = /^([^[]+)(\[\]|\[system\])?$/.exec(part) ?? [];
		tokens.push(key);
		if (list === '[]') tokens.push(ROW);
		if (list === '[system]') tokens.push(SYSTEM_GROUP);
	}
	return tokens;
}

const PARSED_RULES: Record<
	string,
	Array<{ tokens: PatternToken[]; parameters: string[] }>
> = Object.fromEntries(
	Object.entries(RULES).map(([operation, rules]) => [
		operation,
		rules.map(([event, parameters]) => ({
			tokens: parsePattern(event),
			parameters: parameters.split('.'),
		})),
	]),
);

function matchesPrefix(tokens: PatternToken[], path: readonly PathSegment[]): boolean {
	if (tokens.length > path.length) return false;
	return tokens.every((token, index) =>
		typeof token === 'string' ? path[index] === token : typeof path[index] === 'number',
	);
}

/**
 * The event is validated after empty entries were pruned; the form's rows count them. The index
 * in the raw (unpruned) list of the n-th entry that survived pruning.
 */
function rawIndex(list: unknown, prunedIndex: number): number {
	if (!Array.isArray(list)) return prunedIndex;
	let kept = -1;
	for (let index = 0; index < list.length; index++) {
		if (pruneEmpty(list[index]) !== undefined) kept++;
		if (kept === prunedIndex) return index;
	}
	return prunedIndex;
}

/** The row each list level of the path is, as the form numbers its rows (from 1). */
function rowNames(
	tokens: PatternToken[],
	path: readonly PathSegment[],
	rawEvent: unknown,
): string[] {
	const rows: string[] = [];
	let raw: unknown = rawEvent;
	let group: { groups: number; system: unknown } | undefined;
	tokens.forEach((token, index) => {
		const segment = path[index];
		if (typeof token === 'string') {
			raw = isPlainObject(raw) ? raw[token] : undefined;
			return;
		}
		const position = rawIndex(raw, segment as number);
		const list = raw;
		raw = Array.isArray(list) ? list[position] : undefined;
		if (token === SYSTEM_GROUP) {
			const groups = Array.isArray(list) ? list.filter((entry) => pruneEmpty(entry)).length : 1;
			group = { groups, system: isPlainObject(raw) ? raw.system : undefined };
			return;
		}
		if (group && group.groups > 1 && typeof group.system === 'string') {
			// Links are grouped by system: the form's row number is lost; name the system's n-th link.
			rows.push(`(${group.system} #${position + 1})`);
		} else {
			rows.push(`#${position + 1}`);
		}
		group = undefined;
	});
	return rows;
}

type DescribedParameter = INodeProperties | INodePropertyCollection;

/** A collection's fields, a fixedCollection's groups, or a group's values. */
function childrenOf(parameter: DescribedParameter): DescribedParameter[] {
	if ('values' in parameter) return parameter.values;
	if (parameter.type !== 'collection' && parameter.type !== 'fixedCollection') return [];
	return (parameter.options ?? []) as DescribedParameter[];
}

function topLevelParameter(operation: string, name: string): INodeProperties | undefined {
	return engagementEventProperties.find((property) => {
		const operations = property.displayOptions?.show?.operation;
		return property.name === name && Array.isArray(operations) && operations.includes(operation);
	});
}

/** The form's labels for a parameter path, a list's row after its name; undefined if unknown. */
function labelsOf(operation: string, names: string[], rows: string[]): string[] | undefined {
	const labels: string[] = [];
	let parameter: DescribedParameter | undefined = topLevelParameter(operation, names[0]);
	let rowIndex = 0;
	for (let index = 0; parameter; index++) {
		const isList =
			'type' in parameter &&
			parameter.type === 'fixedCollection' &&
			parameter.typeOptions?.multipleValues === true;
		const row = isList && index + 1 < names.length ? rows[rowIndex++] : undefined;
		labels.push(row ? `${parameter.displayName} ${row}` : parameter.displayName);
		const next = names[index + 1];
		if (next === undefined) return labels;
		let child: DescribedParameter | undefined = childrenOf(parameter).find(
			(option) => option.name === next,
		);
		// A fixedCollection's group (e.g. "Link") is no label of its own: its values are.
		if (child && 'values' in child) {
			index++;
			const valueName = names[index + 1];
			if (valueName === undefined) return labels;
			child = child.values.find((value) => value.name === valueName);
		}
		parameter = child;
	}
	return undefined;
}

/**
 * The form's labels for a problem at `path` of a Fields-mode event of `operation`, e.g.
 * `Viewer CRM Links #1 → Object ID`; undefined when the path is not one the form fills.
 * `rawEvent` is the event as the fields built it, before empty entries were pruned: it gives the
 * row numbers the form shows.
 */
export function fieldsModeLabel(
	operation: string,
	path: readonly PathSegment[],
	rawEvent?: unknown,
): string | undefined {
	const rules = PARSED_RULES[operation];
	if (!rules) return undefined;
	let best: (typeof rules)[number] | undefined;
	for (const rule of rules) {
		if (matchesPrefix(rule.tokens, path) && rule.tokens.length > (best?.tokens.length ?? 0))
			best = rule;
	}
	if (!best) return undefined;
	const rows = rowNames(best.tokens, path, rawEvent);
	return labelsOf(operation, best.parameters, rows)?.join(' → ');
}
