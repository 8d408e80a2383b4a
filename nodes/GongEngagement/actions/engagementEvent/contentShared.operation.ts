import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import {
	collection,
	contentFields,
	contentTable,
	crmLinks,
	engagementEvent,
	field,
	list,
	personDetailFields,
	recipientsTable,
} from './common.description';

const [email, ...otherPersonDetails] = personDetailFields;

export const { description, fields } = engagementEvent('contentShared', {
	when: 'When the content was shared',
	form: [
		...contentFields,
		collection(
			['Sharer', 'sharer', 'Add Sharer Field'],
			[
				field('Email', 'email', { placeholder: 'name@email.com' }),
				field('Gong User ID', 'id', { placeholder: 'e.g. 234599484848423' }),
				field('Name', 'name'),
			],
			{ description: 'Who shared the content, usually your seller' },
		),
		list(
			['Recipients', 'recipients', 'Add Recipient'],
			[
				'Recipient',
				'recipient',
				[
					// Not n8n's `required`: n8n's refusal of an empty row says only "Parameter "Email" is
					// required", without the row. The node refuses it naming the row (Recipients #2 →
					// Email is required), like every other problem of a row.
					{ ...email, description: 'Required by Gong for every recipient' },
					...otherPersonDetails,
					crmLinks,
				],
			],
			{ description: 'Who the content was shared with' },
		),
	],
	table: { ...contentTable, sharer: 'sharer', recipients: recipientsTable },
	additional: [
		field('Action Name', 'actionName', { placeholder: 'e.g. Document Sent' }),
		field('Share ID', 'shareId', { description: 'The ID of this share' }),
		field('Share Info URL', 'shareInfoUrl', { description: 'A page with more about this share' }),
		field('Sharing Message Subject', 'sharingMessageSubject'),
		// "Text", not "Body": the form lists fields A→Z, and the subject belongs above.
		field('Sharing Message Text', 'sharingMessageBody', {
			typeOptions: { rows: 4 },
			description: "The message sent with the content (Gong's sharingMessageBody); may hold HTML",
		}),
		field('Tracking ID', 'trackingId'),
	],
});

export const contentShared: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/shared' },
	definition: eventSchemas.contentShared,
	timestampField: 'eventTimestamp',
	fields,
	// A share goes to someone: with no recipient, participant or CRM record Gong has nothing to
	// place it by. The sharer is your own user and names no customer. The form has no "Neither"
	// for shares, so such an event is refused in both modes.
	placement: {
		namingFields: ['recipients', 'nonCompanyParticipants', 'crmContext', 'trackingId'],
		otherwise: 'refuse',
	},
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.shareId as string | undefined,
		JSON.stringify(event.sharer ?? null),
		JSON.stringify(event.recipients ?? null),
	],
};
