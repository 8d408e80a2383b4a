import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../helpers/fieldsToEvent';
import { contentFields, engagementFields, personOrTrackingId } from './common.mapping';

/** Content Viewed's form → Gong's body; normalizeEvent and the schema take it from here. */
export function contentViewedFromParameters(parameter: ParameterReader): IDataObject {
	return {
		...engagementFields(parameter),
		...contentFields(parameter),
		...personOrTrackingId(parameter, 'viewer'),
	};
}
