import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldTable } from '../../helpers/fieldTable';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import {
	additionalFields,
	agentPlatform,
	contentFields,
	contentProperties,
	contentTable,
	crmContext,
	engagementTable,
	eventId,
	eventProperties,
	eventTimestamp,
	forOperation,
	identifiedPerson,
	mobileAppId,
	nonCompanyParticipants,
	reportingSystem,
	text,
	userAgent,
	workspaceId,
} from './common.description';

const viewer = identifiedPerson('Viewer');

const properties: INodeProperties[] = [
	reportingSystem,
	eventTimestamp('When the content was viewed'),
	...contentFields,
	...viewer.properties,
	crmContext,
	contentProperties,
	eventProperties,
	nonCompanyParticipants,
	additionalFields([
		agentPlatform,
		eventId,
		mobileAppId,
		text('Share ID', 'shareId', { description: 'Which share of the content this view belongs to' }),
		userAgent,
		text('View Action Title', 'viewActionTitle', { placeholder: 'e.g. Document Viewed' }),
		text('View Info URL', 'viewInfoUrl', { description: 'A page with more about this view' }),
		workspaceId,
	]),
];

export const description = updateDisplayOptions(forOperation('contentViewed'), properties);

export const contentViewed: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/viewed' },
	definition: eventSchemas.contentViewed,
	timestampField: 'eventTimestamp',
	fields: fieldTable(description, engagementTable({ ...contentTable, ...viewer.table })),
	// Sent with a hint, whatever the form chose: Identify Viewer By defaults to Viewer Details, so an
	// empty viewer is how saved workflows send views whose viewer the source does not know.
	// Refusing those events would stop workflows that run today.
	placement: {
		namingFields: ['viewer', 'trackingId', 'crmContext', 'nonCompanyParticipants'],
		otherwise: 'hint',
	},
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.contentUrl as string,
		event.viewer === undefined ? undefined : JSON.stringify(event.viewer),
		event.trackingId as string | undefined,
	],
};
