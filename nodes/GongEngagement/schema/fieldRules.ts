import { z } from 'zod';

import {
	EMAIL_WITH_WHITE_SPACE,
	EXPRESSION_NOT_EVALUATED,
	URL_WITH_WHITE_SPACE,
} from '../messages';
import { addIssue, because, quoted } from './formatIssues';
import { isIsoDateTimeWithOffset, timestampProblem } from './timestamp';
import {
	CRM_OBJECT_TYPES,
	CRM_SYSTEMS,
	CUSTOM_FIELD_DATA_TYPES,
	PROPERTY_DATA_TYPES,
} from './vocabulary';

/* Every event's building blocks, in the zod API that zod 3.25 (n8n 2.x's) and zod 4 share. */

/** A form a string must have; `reason` says more about a value that misses it. */
interface ValueForm {
	matches: (value: string) => boolean;
	expected: string;
	reason?: (value: string) => string | undefined;
}

const mismatch = (form: ValueForm, value: string, note = '') =>
	`must be ${form.expected}${note}; got ${quoted(value)}${because(form.reason?.(value))}`;

const stringThat = (form: ValueForm, base = z.string()) =>
	base.superRefine((value, ctx) => {
		if (!form.matches(value)) addIssue(ctx, mismatch(form, value));
	});

/** A whole value in {{ }}: an n8n expression typed where nothing evaluates it. */
const UNEVALUATED_EXPRESSION = /^\s*\{\{[\s\S]*\}\}\s*$/;

export const requiredText = stringThat(
	{
		matches: (value) => !UNEVALUATED_EXPRESSION.test(value),
		expected: 'a value, not an expression',
		reason: () => EXPRESSION_NOT_EVALUATED,
	},
	z.string().min(1, 'must not be empty'),
);

/** Control characters, and any white space (the URL parser drops it at the ends, keeps it inside). */
const NOT_IN_URLS = /[\s\p{Cc}]/u;
/** A host right after "//": the parser rewrites "https:///host" into "https://host". */
const HTTP_URL_START = /^https?:\/\/[^/?#\\]/i;

function isAbsoluteHttpUrl(value: string): boolean {
	if (NOT_IN_URLS.test(value) || !HTTP_URL_START.test(value)) return false;
	try {
		return new URL(value).hostname.length > 0;
	} catch {
		return false;
	}
}

const URL_FORM: ValueForm = {
	matches: isAbsoluteHttpUrl,
	expected: 'an absolute http(s) URL',
	// White space is named only where it is what stands between the value and a URL.
	reason: (value) =>
		/\s/.test(value) && isAbsoluteHttpUrl(value.trim().replace(/\s/g, '%20'))
			? URL_WITH_WHITE_SPACE
			: undefined,
};
export const absoluteUrl = stringThat(URL_FORM);

/**
 * One @, no white space, a dot inside the domain. Written without a regular expression: the
 * pattern /^[^\s@]+@[^\s@]+\.[^\s@]+$/ backtracks quadratically on a long dotted value.
 */
export function isEmailAddress(value: string): boolean {
	const at = value.indexOf('@');
	if (at <= 0 || at !== value.lastIndexOf('@') || /\s/.test(value)) return false;
	return value.slice(at + 2, -1).includes('.');
}

export const emailAddress = stringThat({
	matches: isEmailAddress,
	expected: 'an email address',
	reason: (value) =>
		value !== value.trim() && isEmailAddress(value.trim()) ? EMAIL_WITH_WHITE_SPACE : undefined,
});

export const workspaceId = stringThat({
	matches: (value) => /^\d{1,20}$/.test(value),
	expected: 'a numeric Gong workspace id',
});

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

const dateForm = (expected: string): ValueForm => ({
	matches: isIsoDateTimeWithOffset,
	expected,
	reason: timestampProblem,
});

const VALUE_FORMS = {
	string: { matches: () => true, expected: 'a string' },
	number: {
		matches: (value) => JSON_NUMBER.test(value),
		expected: 'a number in JSON form, e.g. 3.14',
	},
	date: dateForm('an ISO-8601 date-time with offset, e.g. 2021-02-17T02:30:00-08:00'),
	url: URL_FORM,
} satisfies Record<(typeof PROPERTY_DATA_TYPES)[number], ValueForm>;

const CUSTOM_FIELD_FORMS: Record<(typeof CUSTOM_FIELD_DATA_TYPES)[number], ValueForm> = {
	STRING: VALUE_FORMS.string,
	NUMBER: VALUE_FORMS.number,
	DATE: dateForm('an ISO-8601 date-time with offset'),
	URL: VALUE_FORMS.url,
	BOOLEAN: { matches: (value) => value === 'true' || value === 'false', expected: 'true or false' },
	DURATION: {
		matches: (value) => JSON_NUMBER.test(value) && Number(value) >= 0,
		expected: 'a number of seconds, e.g. 95',
	},
};

/** A name-value entry whose value has the form its dataType declares (no dataType: any string). */
function namedValue<T extends readonly [string, ...string[]]>(
	dataTypes: T,
	forms: Record<T[number], ValueForm>,
	dataTypeRequired: boolean,
) {
	const dataType = z.enum(dataTypes);
	return z
		.strictObject({
			name: requiredText,
			value: z.string(),
			dataType: dataTypeRequired ? dataType : dataType.optional(),
		})
		.superRefine((entry, ctx) => {
			const form = entry.dataType && forms[entry.dataType as T[number]];
			if (form && !form.matches(entry.value))
				addIssue(ctx, mismatch(form, entry.value, ` (dataType is ${entry.dataType})`), ['value']);
		});
}

/** A content or event property: every value is a string in the form its dataType names. */
export const genericProperty = namedValue(PROPERTY_DATA_TYPES, VALUE_FORMS, true);
/** A Digital Interactions custom field: data types in upper case, and optional. */
export const customField = namedValue(CUSTOM_FIELD_DATA_TYPES, CUSTOM_FIELD_FORMS, false);

/** Gong answers 400 past the int32 range. */
const INT32 = { min: -2147483648, max: 2147483647 };

export const fitsInt32 = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= INT32.min && value <= INT32.max;

export const int32 = z.number().superRefine((value, ctx) => {
	if (!fitsInt32(value))
		addIssue(ctx, `must be a whole number from ${INT32.min} to ${INT32.max} (int32); got ${value}`);
});

const SALESFORCE_ID: ValueForm = {
	matches: (value) => /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value),
	expected: 'a 15- or 18-character Salesforce id',
};

const crmObject = z.strictObject({
	objectType: z.enum(CRM_OBJECT_TYPES),
	objectId: requiredText,
	// Object fields are "intended for future use" by Gong; any JSON value is passed through.
	fields: z.array(z.strictObject({ name: requiredText, value: z.unknown() })).optional(),
});

/** A link to records in one external system; used by crmContext and by a person's context. */
export const crmSystemContext = z
	.strictObject({ system: z.enum(CRM_SYSTEMS), objects: z.array(crmObject).optional() })
	.superRefine(({ system, objects = [] }, ctx) => {
		if (system !== 'Salesforce') return;
		for (const [index, { objectId }] of objects.entries())
			if (!SALESFORCE_ID.matches(objectId))
				addIssue(ctx, mismatch(SALESFORCE_ID, objectId), ['objects', index, 'objectId']);
	});
