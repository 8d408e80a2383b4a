import {
	engagementEvent,
	field,
	identifiedPerson,
	optionalContentFields,
} from './common.description';

const actor = identifiedPerson('Actor');

export const { description, operation: customAction } = engagementEvent('customAction', {
	when: 'When the action happened',
	form: [
		field('Action Name', 'actionName', {
			required: true,
			placeholder: 'e.g. Contract Signed',
			description: 'What happened, as the timeline shows it',
		}),
		...actor.form,
	],
	table: { actionName: 'actionName', ...actor.table },
	// Custom Action's content is optional: the same three fields as the content events'.
	additional: [
		...optionalContentFields,
		field('Event Info URL', 'eventInfoUrl', { description: 'A page with more about this action' }),
	],
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/action' },
	// A hint, not a refusal: saved workflows send actions of unknown actors as an empty actor.
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
});
