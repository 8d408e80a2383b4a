import {
	contentFields,
	contentTable,
	engagementEvent,
	field,
	identifiedPerson,
} from './common.description';

const viewer = identifiedPerson('Viewer');

export const { description, operation: contentViewed } = engagementEvent('contentViewed', {
	when: 'When the content was viewed',
	form: [...contentFields, ...viewer.form],
	table: { ...contentTable, ...viewer.table },
	additional: [
		field('Share ID', 'shareId', {
			description: 'Which share of the content this view belongs to',
		}),
		field('View Action Title', 'viewActionTitle', { placeholder: 'e.g. Document Viewed' }),
		field('View Info URL', 'viewInfoUrl', { description: 'A page with more about this view' }),
	],
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/viewed' },
	// A hint, not a refusal: saved workflows send views of unknown viewers as an empty viewer.
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
});
