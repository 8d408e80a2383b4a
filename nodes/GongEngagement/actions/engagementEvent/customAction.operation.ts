import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldTable } from '../../helpers/fieldTable';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import {
	additionalFields,
	agentPlatform,
	contentProperties,
	crmContext,
	engagementTable,
	eventId,
	eventProperties,
	eventTimestamp,
	forOperation,
	identifiedPerson,
	mobileAppId,
	nonCompanyParticipants,
	optionalContentFields,
	reportingSystem,
	text,
	userAgent,
	workspaceId,
} from './common.description';

const actor = identifiedPerson('Actor');
// Custom Action's content is optional: the same three fields as the content events', A→Z.
const [contentId, contentUrl, contentTitle] = optionalContentFields;

const properties: INodeProperties[] = [
	reportingSystem,
	eventTimestamp('When the action happened'),
	text('Action Name', 'actionName', {
		required: true,
		placeholder: 'e.g. Contract Signed',
		description: 'What happened, as the timeline shows it',
	}),
	...actor.properties,
	crmContext,
	contentProperties,
	eventProperties,
	nonCompanyParticipants,
	additionalFields([
		agentPlatform,
		contentId,
		contentTitle,
		contentUrl,
		eventId,
		text('Event Info URL', 'eventInfoUrl', { description: 'A page with more about this action' }),
		mobileAppId,
		userAgent,
		workspaceId,
	]),
];

export const description = updateDisplayOptions(forOperation('customAction'), properties);

export const customAction: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/action' },
	definition: eventSchemas.customAction,
	timestampField: 'eventTimestamp',
	fields: fieldTable(description, engagementTable({ actionName: 'actionName', ...actor.table })),
	// Sent with a hint, whatever the form chose: Identify Actor By defaults to Actor Details, so an
	// empty actor is how saved workflows send actions whose actor the source does not know.
	// Refusing those events would stop workflows that run today.
	placement: {
		namingFields: ['actor', 'trackingId', 'crmContext', 'nonCompanyParticipants'],
		otherwise: 'hint',
	},
	identity: (event) => [
		event.reportingSystem as string,
		event.actionName as string,
		event.contentId as string | undefined,
		event.actor === undefined ? undefined : JSON.stringify(event.actor),
		event.trackingId as string | undefined,
	],
};
