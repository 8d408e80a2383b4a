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

export const { description, operation: contentShared } = engagementEvent('contentShared', {
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
					// Not n8n's `required`, whose refusal does not name the row: the node's does.
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
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/shared' },
	// A share names its customer by recipients, participants or CRM records (the sharer is your own
	// user): without them Gong has nothing to place it by, so it is refused in both modes.
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
});
