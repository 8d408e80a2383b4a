import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader, PersonRow, Rows } from '../../helpers/fieldsToEvent';
import { personRowToActor } from '../../helpers/fieldsToEvent';
import { contentFields, engagementFields } from './common.mapping';

interface Sharer {
	email?: string;
	id?: string;
	name?: string;
}

/** Content Shared's form → Gong's body; normalizeEvent and the schema take it from here. */
export function contentSharedFromParameters(parameter: ParameterReader): IDataObject {
	const recipients = parameter<Rows<'recipient', PersonRow>>('recipients', {});
	return {
		...engagementFields(parameter),
		...contentFields(parameter),
		sharer: parameter<Sharer>('sharer', {}),
		recipients: recipients.recipient?.map(personRowToActor),
	};
}
