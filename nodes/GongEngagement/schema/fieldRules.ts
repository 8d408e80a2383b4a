import { DateTime } from 'luxon';
import { z } from 'zod';

import { CRM_SYSTEMS, CUSTOM_FIELD_DATA_TYPES, PROPERTY_DATA_TYPES } from './vocabulary';

/*
 * Building blocks every engagement event is made of. Written against the part of zod's API that
 * zod 3.25 (what n8n 2.x ships) and zod 4 share: z.object().strict(), z.enum, superRefine with
 * code 'custom', string min().
 */

const shown = (value: string) => (value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`);

export const requiredText = z.string().min(1, 'must not be empty');

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoDateTimeWithOffset(value: string): boolean {
	return ISO_WITH_OFFSET.test(value) && DateTime.fromISO(value, { setZone: true }).isValid;
}

export const isoDateTimeWithOffset = z.string().superRefine((value, ctx) => {
	if (!isIsoDateTimeWithOffset(value)) {
		ctx.addIssue({
			code: 'custom',
			message: `must be a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date; got ${shown(value)}`,
		});
	}
});

export function isAbsoluteHttpUrl(value: string): boolean {
	if (!/^https?:\/\//i.test(value)) return false;
	try {
		return new URL(value).hostname.length > 0;
	} catch {
		return false;
	}
}

export const absoluteUrl = z.string().superRefine((value, ctx) => {
	if (!isAbsoluteHttpUrl(value)) {
		ctx.addIssue({
			code: 'custom',
			message: `must be an absolute http(s) URL; got ${shown(value)}`,
		});
	}
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailAddress = z.string().superRefine((value, ctx) => {
	if (!EMAIL.test(value)) {
		ctx.addIssue({ code: 'custom', message: `must be an email address; got ${shown(value)}` });
	}
});

/** Gong workspace ids are numeric, up to 20 digits. */
export const workspaceId = z.string().superRefine((value, ctx) => {
	if (!/^\d{1,20}$/.test(value)) {
		ctx.addIssue({
			code: 'custom',
			message: `must be a numeric Gong workspace id; got ${shown(value)}`,
		});
	}
});

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

const propertyValueMatches: Record<
	(typeof PROPERTY_DATA_TYPES)[number],
	(value: string) => boolean
> = {
	string: () => true,
	number: (value) => JSON_NUMBER.test(value),
	date: isIsoDateTimeWithOffset,
	url: isAbsoluteHttpUrl,
};

const propertyValueExpectation: Record<(typeof PROPERTY_DATA_TYPES)[number], string> = {
	string: 'a string',
	number: 'a number in JSON form, e.g. 3.14',
	date: 'an ISO-8601 date-time with offset, e.g. 2021-02-17T02:30:00-08:00',
	url: 'an absolute http(s) URL',
};

/** A content or event property: Gong sends every value as a string whose form matches dataType. */
export const genericProperty = z
	.object({
		name: requiredText,
		value: z.string(),
		dataType: z.enum(PROPERTY_DATA_TYPES),
	})
	.strict()
	.superRefine((property, ctx) => {
		if (!propertyValueMatches[property.dataType](property.value)) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `must be ${propertyValueExpectation[property.dataType]} (dataType is ${property.dataType}); got ${shown(property.value)}`,
			});
		}
	});

const customFieldValueMatches: Record<
	(typeof CUSTOM_FIELD_DATA_TYPES)[number],
	(value: string) => boolean
> = {
	STRING: () => true,
	NUMBER: (value) => JSON_NUMBER.test(value),
	DATE: isIsoDateTimeWithOffset,
	URL: isAbsoluteHttpUrl,
	BOOLEAN: (value) => value === 'true' || value === 'false',
	DURATION: (value) => JSON_NUMBER.test(value) && Number(value) >= 0,
};

const customFieldValueExpectation: Record<(typeof CUSTOM_FIELD_DATA_TYPES)[number], string> = {
	STRING: 'a string',
	NUMBER: 'a number in JSON form, e.g. 3.14',
	DATE: 'an ISO-8601 date-time with offset',
	URL: 'an absolute http(s) URL',
	BOOLEAN: 'true or false',
	DURATION: 'a number of seconds, e.g. 95',
};

/** A Digital Interactions custom field: {name, value, dataType}, data types in upper case. */
export const customField = z
	.object({
		name: requiredText,
		value: z.string(),
		dataType: z.enum(CUSTOM_FIELD_DATA_TYPES).optional(),
	})
	.strict()
	.superRefine((field, ctx) => {
		if (field.dataType && !customFieldValueMatches[field.dataType](field.value)) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `must be ${customFieldValueExpectation[field.dataType]} (dataType is ${field.dataType}); got ${shown(field.value)}`,
			});
		}
	});

export const integer = z.number().superRefine((value, ctx) => {
	if (!Number.isInteger(value))
		ctx.addIssue({ code: 'custom', message: `must be a whole number; got ${value}` });
});

/** Object fields are "intended for future use" by Gong; any JSON value is passed through. */
const crmObjectField = z.object({ name: requiredText, value: z.unknown() }).strict();

function crmObject<T extends readonly [string, ...string[]]>(objectTypes: T) {
	return z
		.object({
			objectType: z.enum(objectTypes),
			objectId: requiredText,
			fields: z.array(crmObjectField).optional(),
		})
		.strict();
}

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** A link to records in one external system; used by crmContext and by a person's context. */
export function crmSystemContext<T extends readonly [string, ...string[]]>(objectTypes: T) {
	return z
		.object({
			system: z.enum(CRM_SYSTEMS),
			objects: z.array(crmObject(objectTypes)).optional(),
		})
		.strict()
		.superRefine((context, ctx) => {
			if (context.system !== 'Salesforce') return;
			(context.objects ?? []).forEach((object, index) => {
				if (!SALESFORCE_ID.test(object.objectId)) {
					ctx.addIssue({
						code: 'custom',
						path: ['objects', index, 'objectId'],
						message: `must be a 15- or 18-character Salesforce id; got ${shown(object.objectId)}`,
					});
				}
			});
		});
}
