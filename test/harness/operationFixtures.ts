import type { INodeParameters } from 'n8n-workflow';

/* Full-field UI parameters of the other operations and the bodies Gong must receive for them. */

export const shareItem = {
	docId: 'doc-7',
	title: 'Proposal v3',
	sharedAt: '2026-03-01 09:13:02',
	seller: 'sam@vendor.example',
};

/** Content Shared, every field (item: shareItem; workflow time zone America/New_York). */
export const sharedParameters: INodeParameters = {
	operation: 'contentShared',
	reportingSystem: 'hubspot-docs',
	eventTimestamp: '={{ $json.sharedAt }}',
	contentId: '={{ $json.docId }}',
	contentUrl: '={{ "https://docs.example.com/" + $json.docId }}',
	contentTitle: '={{ $json.title }}',
	sharer: { id: '234599484848423', email: '={{ $json.seller }}', name: 'Sam Seller' },
	recipients: {
		recipient: [
			{
				email: 'jane@acme.example',
				name: 'Jane Buyer',
				title: 'VP',
				crmLinks: {
					link: [{ system: 'Salesforce', objectType: 'Contact', objectId: '0033600001abcDEAAY' }],
				},
			},
			{ email: 'carl@acme.example' },
		],
	},
	crmContext: {
		record: [{ system: 'Salesforce', objectType: 'Opportunity', objectId: '0063600000dsPyWAAU' }],
	},
	contentProperties: { property: [{ name: 'Pages', value: '12', dataType: 'number' }] },
	additionalFields: {
		actionName: 'Document Sent',
		shareId: 'share-1',
		shareInfoUrl: 'https://docs.example.com/doc-7/shares/1',
		sharingMessageSubject: 'Our proposal',
		sharingMessageBody: '<p>Hi Jane, <b>here it is</b>.</p>',
		workspaceId: { __rl: true, mode: 'list', value: '623457276584334' },
		eventId: 'share-evt-1',
	},
};

export const expectedSharedBody = {
	reportingSystem: 'hubspot-docs',
	eventTimestamp: '2026-03-01T09:13:02-05:00',
	eventId: 'share-evt-1',
	contentId: 'doc-7',
	contentUrl: 'https://docs.example.com/doc-7',
	contentTitle: 'Proposal v3',
	sharer: { id: '234599484848423', email: 'sam@vendor.example', name: 'Sam Seller' },
	recipients: [
		{
			email: 'jane@acme.example',
			name: 'Jane Buyer',
			title: 'VP',
			context: [
				{
					system: 'Salesforce',
					objects: [{ objectType: 'Contact', objectId: '0033600001abcDEAAY' }],
				},
			],
		},
		{ email: 'carl@acme.example' },
	],
	crmContext: [
		{
			system: 'Salesforce',
			objects: [{ objectType: 'Opportunity', objectId: '0063600000dsPyWAAU' }],
		},
	],
	contentProperties: [{ name: 'Pages', value: '12', dataType: 'number' }],
	actionName: 'Document Sent',
	shareId: 'share-1',
	shareInfoUrl: 'https://docs.example.com/doc-7/shares/1',
	sharingMessageSubject: 'Our proposal',
	sharingMessageBody: '<p>Hi Jane, <b>here it is</b>.</p>',
	workspaceId: '623457276584334',
};

/** Digital Interaction, every field (item: { id: 'di-1', at: 1767261600000 }). */
export const interactionParameters: INodeParameters = {
	operation: 'digitalInteraction',
	eventId: '={{ $json.id }}',
	timestamp: '={{ $json.at }}',
	eventType: 'Pricing Page Viewed',
	contentTitle: 'Pricing',
	content: {
		contentId: 'pricing',
		contentUrl: 'https://example.com/pricing',
		contentAdditionalInfoUrl: 'https://example.com/analytics/pricing',
		contentLabel: 'pricing, enterprise',
		numericValue: 9,
		numericRangeFrom: 0,
		numericRangeTo: 10,
		numericType: 'NPS',
		stepValue: 'Plan',
		availableSteps: 'Plan, Pay, Done',
		searchName: 'Acme',
		searchObjectType: 'VENDOR',
		searchDomain: 'acme.example',
	},
	contentCustomFields: {
		field: [{ name: 'Seconds On Page', value: '={{ 95 }}', dataType: 'DURATION' }],
	},
	personIdentification: 'person',
	person: {
		name: 'Jane Buyer',
		email: 'jane@acme.example',
		phoneNumber: '+1 512 555 0100',
		personId: 'visitor-77',
		personCrmObjectType: 'CONTACT',
		personCrmObjectId: '0033600001abcDEAAY',
		personCrmSystemName: 'Salesforce',
		country: 'US',
		city: 'Austin',
		companyName: 'Acme',
		companyDomain: 'acme.example',
	},
	companyBusinessContexts: {
		record: [{ objectType: 'ACCOUNT', objectId: '0013601230sV7grAAC', systemName: 'Salesforce' }],
	},
	personCustomFields: { field: [{ name: 'Returning', value: 'true', dataType: 'BOOLEAN' }] },
	additionalFields: {
		sessionId: 'session-5',
		device: 'PC',
		sourceSystemName: 'Zapier',
	},
	customFields: { field: [{ name: 'Campaign', value: 'spring', dataType: 'STRING' }] },
};

export const expectedInteractionBody = {
	eventId: 'di-1',
	timestamp: '2026-01-01T10:00:00Z',
	eventType: 'Pricing Page Viewed',
	sourceSystemName: 'Zapier',
	sessionId: 'session-5',
	device: 'PC',
	content: {
		contentId: 'pricing',
		contentTitle: 'Pricing',
		contentLabel: ['pricing', 'enterprise'],
		contentUrl: 'https://example.com/pricing',
		contentAdditionalInfoUrl: 'https://example.com/analytics/pricing',
		numericContentDetails: { value: 9, rangeFrom: 0, rangeTo: 10, numericType: 'NPS' },
		stepContentDetails: { value: 'Plan', availableSteps: ['Plan', 'Pay', 'Done'] },
		searchObjectDetails: { name: 'Acme', objectType: 'VENDOR', domain: 'acme.example' },
		contentCustomFields: [{ name: 'Seconds On Page', value: '95', dataType: 'DURATION' }],
	},
	person: {
		name: 'Jane Buyer',
		email: 'jane@acme.example',
		phoneNumber: '+1 512 555 0100',
		personId: 'visitor-77',
		personBusinessContext: {
			objectType: 'CONTACT',
			objectId: '0033600001abcDEAAY',
			systemName: 'Salesforce',
		},
		location: { country: 'US', city: 'Austin' },
		company: {
			name: 'Acme',
			domain: 'acme.example',
			companyBusinessContexts: [
				{ objectType: 'ACCOUNT', objectId: '0013601230sV7grAAC', systemName: 'Salesforce' },
			],
		},
		personCustomFields: [{ name: 'Returning', value: 'true', dataType: 'BOOLEAN' }],
	},
	customFields: [{ name: 'Campaign', value: 'spring', dataType: 'STRING' }],
};
