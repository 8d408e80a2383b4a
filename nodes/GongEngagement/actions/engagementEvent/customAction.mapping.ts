import type { IDataObject } from 'n8n-workflow';

import type { ParameterReader } from '../../helpers/fieldsToEvent';
import { engagementFields, personOrTrackingId } from './common.mapping';

/** Custom Action's form → Gong's body (its optional content fields are Additional Fields). */
export function customActionFromParameters(parameter: ParameterReader): IDataObject {
	return {
		...engagementFields(parameter),
		actionName: parameter('actionName', ''),
		...personOrTrackingId(parameter, 'actor'),
	};
}
