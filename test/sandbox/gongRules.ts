/*
 * What Gong checks beyond its JSON Schema, as GONG-API.md documents it. Written independently of
 * the package's zod schema on purpose: the agreement between the two is asserted by tests.
 */

type Json = Record<string, unknown>;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function isUrl(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

function checkProperties(list: unknown, field: string, errors: string[]) {
	if (!Array.isArray(list)) return;
	list.forEach((property: Json, index) => {
		const { value, dataType } = property ?? {};
		const where = `${field}[${index}].value`;
		if (typeof value !== 'string') return;
		if (dataType === 'number' && !/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) {
			errors.push(`${where}: '${value}' is not a number`);
		}
		if (dataType === 'date' && !(ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value)))) {
			errors.push(`${where}: '${value}' is not an ISO-8601 date`);
		}
		if (dataType === 'url' && !isUrl(value)) errors.push(`${where}: '${value}' is not a valid URL`);
	});
}

export function gongSemanticErrors(kind: string, body: Json): string[] {
	const errors: string[] = [];
	const timestampField = kind === 'digitalInteraction' ? 'timestamp' : 'eventTimestamp';
	const timestamp = body[timestampField];
	if (
		typeof timestamp === 'string' &&
		!(ISO_WITH_OFFSET.test(timestamp) && !Number.isNaN(Date.parse(timestamp)))
	) {
		errors.push(`${timestampField}: '${timestamp}' is not ISO-8601 with an offset`);
	}
	const personField = { action: 'actor', digitalInteraction: 'person', viewed: 'viewer' }[kind];
	const person = personField ? body[personField] : undefined;
	if (person != null && body.trackingId != null) {
		errors.push('trackingId: must be null when a person is given');
	}
	if (body.contentUrl !== undefined && !isUrl(body.contentUrl)) {
		errors.push(`contentUrl: '${String(body.contentUrl)}' is not a valid URL`);
	}
	if (body.workspaceId !== undefined && !/^\d{1,20}$/.test(String(body.workspaceId))) {
		errors.push(`workspaceId: '${String(body.workspaceId)}' is not a workspace id`);
	}
	checkProperties(body.contentProperties, 'contentProperties', errors);
	checkProperties(body.eventProperties, 'eventProperties', errors);
	if (kind === 'shared' && Array.isArray(body.recipients)) {
		body.recipients.forEach((recipient: Json, index) => {
			if (typeof recipient?.email !== 'string' || recipient.email === '') {
				errors.push(`recipients[${index}].email: is required`);
			}
		});
	}
	return errors;
}
