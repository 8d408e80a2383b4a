import { DateTime } from 'luxon';
import { z } from 'zod';

import {
	isWithinEventWindow,
	MAX_OFFSET_MINUTES,
	timestampProblem,
} from '../helpers/eventTimestamp';
import {
	dateTimeReason,
	EMAIL_WITH_WHITE_SPACE,
	EXPRESSION_NOT_EVALUATED,
	URL_WITH_WHITE_SPACE,
} from '../messages';
import { quoted, shownValue } from './formatIssues';
import { CRM_SYSTEMS, CUSTOM_FIELD_DATA_TYPES, PROPERTY_DATA_TYPES } from './vocabulary';

/*
 * Building blocks every engagement event is made of. Written against the part of zod's API that
 * zod 3.25 (what n8n 2.x ships) and zod 4 share: z.object().strict(), z.enum, superRefine with
 * code 'custom', string min().
 */

/** A whole value in {{ }}: an n8n expression typed where nothing evaluates it. */
const UNEVALUATED_EXPRESSION = /^\s*\{\{[\s\S]*\}\}\s*$/;

export const requiredText = z
	.string()
	.min(1, 'must not be empty')
	.superRefine((value, ctx) => {
		if (UNEVALUATED_EXPRESSION.test(value))
			ctx.addIssue({
				code: 'custom',
				message: `must be a value, not an expression; got ${quoted(value)} (${EXPRESSION_NOT_EVALUATED})`,
			});
	});

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoDateTimeWithOffset(value: string): boolean {
	if (!ISO_WITH_OFFSET.test(value)) return false;
	const parsed = DateTime.fromISO(value, { setZone: true });
	return parsed.isValid && Math.abs(parsed.offset) <= MAX_OFFSET_MINUTES;
}

/** " (why)" after a refused value, when there is more to say than what was expected. */
const because = (reason: string | undefined) => (reason ? ` (${reason})` : '');

/**
 * A string checked by `test`; otherwise "must be <expectation>; got <value>", and why when
 * `reason` knows more.
 */
function stringThat(
	test: (value: string) => boolean,
	expectation: string,
	reason: (value: string) => string | undefined = () => undefined,
) {
	return z.string().superRefine((value, ctx) => {
		if (!test(value))
			ctx.addIssue({
				code: 'custom',
				message: `must be ${expectation}; got ${quoted(value)}${because(reason(value))}`,
			});
	});
}

const DATE_TIME =
	'a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date';

/**
 * The event's timestamp, after normalizeEvent turned every form it reads into ISO-8601 with
 * offset. Whatever is left (a number outside the epoch window, a boolean, an object) is named as
 * the date-time it should be, not as "must be a string", since numbers are a form it reads.
 */
export const isoDateTimeWithOffset = z.unknown().superRefine((value, ctx) => {
	if (value === undefined) {
		ctx.addIssue({ code: 'custom', message: 'is required' });
	} else if (typeof value !== 'string' || !isIsoDateTimeWithOffset(value)) {
		ctx.addIssue({
			code: 'custom',
			message: `must be ${DATE_TIME}; got ${shownValue(value)}${because(timestampProblem(value))}`,
		});
	} else if (!isWithinEventWindow(value)) {
		ctx.addIssue({
			code: 'custom',
			message: `must be ${DATE_TIME}; got ${quoted(value)}${because(dateTimeReason.outsideEventWindow)}`,
		});
	}
}) as unknown as z.ZodType<string>;

/** Control characters, and any white space (the URL parser drops it at the ends, keeps it inside). */
const NOT_IN_URLS = /[\s\p{Cc}]/u;
/** A host right after "//": the parser rewrites "https:///host" into "https://host". */
const HTTP_URL_START = /^https?:\/\/[^/?#\\]/i;

export function isAbsoluteHttpUrl(value: string): boolean {
	if (NOT_IN_URLS.test(value) || !HTTP_URL_START.test(value)) return false;
	try {
		return new URL(value).hostname.length > 0;
	} catch {
		return false;
	}
}

/** White space is named only where it is what stands between the value and a URL. */
const urlProblem = (value: string) =>
	/\s/.test(value) && isAbsoluteHttpUrl(value.trim().replace(/\s/g, '%20'))
		? URL_WITH_WHITE_SPACE
		: undefined;

export const absoluteUrl = stringThat(isAbsoluteHttpUrl, 'an absolute http(s) URL', urlProblem);

/**
 * One @, no white space, a dot inside the domain. Written without a regular expression: the
 * pattern /^[^\s@]+@[^\s@]+\.[^\s@]+$/ backtracks quadratically on a long dotted value.
 */
export function isEmailAddress(value: string): boolean {
	const at = value.indexOf('@');
	if (at <= 0 || at !== value.lastIndexOf('@') || /\s/.test(value)) return false;
	return value.slice(at + 2, -1).includes('.');
}

export const emailAddress = stringThat(isEmailAddress, 'an email address', (value) =>
	value !== value.trim() && isEmailAddress(value.trim()) ? EMAIL_WITH_WHITE_SPACE : undefined,
);

/** Gong workspace ids are numeric, up to 20 digits. */
export const workspaceId = stringThat(
	(value) => /^\d{1,20}$/.test(value),
	'a numeric Gong workspace id',
);

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

interface ValueForm {
	matches: (value: string) => boolean;
	expected: string;
	/** Why a value that does not match does not, when there is more to say. */
	reason?: (value: string) => string | undefined;
}

/** The forms a value sent as a string can take, by the data type it declares. */
const VALUE_FORMS = {
	string: { matches: () => true, expected: 'a string' },
	number: {
		matches: (value: string) => JSON_NUMBER.test(value),
		expected: 'a number in JSON form, e.g. 3.14',
	},
	date: {
		matches: isIsoDateTimeWithOffset,
		expected: 'an ISO-8601 date-time with offset, e.g. 2021-02-17T02:30:00-08:00',
		reason: timestampProblem,
	},
	url: { matches: isAbsoluteHttpUrl, expected: 'an absolute http(s) URL', reason: urlProblem },
} satisfies Record<(typeof PROPERTY_DATA_TYPES)[number], ValueForm>;

const CUSTOM_FIELD_FORMS: Record<(typeof CUSTOM_FIELD_DATA_TYPES)[number], ValueForm> = {
	STRING: VALUE_FORMS.string,
	NUMBER: VALUE_FORMS.number,
	DATE: {
		matches: isIsoDateTimeWithOffset,
		expected: 'an ISO-8601 date-time with offset',
		reason: timestampProblem,
	},
	URL: VALUE_FORMS.url,
	BOOLEAN: { matches: (value) => value === 'true' || value === 'false', expected: 'true or false' },
	DURATION: {
		matches: (value) => JSON_NUMBER.test(value) && Number(value) >= 0,
		expected: 'a number of seconds, e.g. 95',
	},
};

/** Checks an entry's value against the form its dataType declares (no dataType: any string). */
function valueMatchesDataType<T extends string>(forms: Record<T, ValueForm>) {
	return (entry: { value: string; dataType?: T }, ctx: z.RefinementCtx) => {
		const form = entry.dataType && forms[entry.dataType];
		if (form && !form.matches(entry.value)) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `must be ${form.expected} (dataType is ${entry.dataType}); got ${quoted(entry.value)}${because(form.reason?.(entry.value))}`,
			});
		}
	};
}

/** A content or event property: Gong sends every value as a string whose form matches dataType. */
export const genericProperty = z
	.object({ name: requiredText, value: z.string(), dataType: z.enum(PROPERTY_DATA_TYPES) })
	.strict()
	.superRefine(valueMatchesDataType(VALUE_FORMS));

/** A Digital Interactions custom field: {name, value, dataType}, data types in upper case. */
export const customField = z
	.object({
		name: requiredText,
		value: z.string(),
		dataType: z.enum(CUSTOM_FIELD_DATA_TYPES).optional(),
	})
	.strict()
	.superRefine(valueMatchesDataType(CUSTOM_FIELD_FORMS));

/**
 * The numeric formats of Gong's OpenAPI document. Gong parses them into fixed-size integers and
 * answers 400 past the range, so the range is checked before anything is sent. int64's upper
 * bound is 2^63 - 1, which a double cannot hold; the largest double below 2^63 stands in for it.
 */
export const INTEGER_FORMATS = {
	int32: { min: -2147483648, max: 2147483647, range: '-2147483648 to 2147483647' },
	int64: {
		min: -9223372036854775808,
		max: 9223372036854774784,
		range: '-9223372036854775808 to 9223372036854775807',
	},
} as const;

export type IntegerFormat = keyof typeof INTEGER_FORMATS;

export function fitsIntegerFormat(format: IntegerFormat, value: unknown): value is number {
	const { min, max } = INTEGER_FORMATS[format];
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A whole number within the range of an OpenAPI integer format. */
export function integerOfFormat(format: IntegerFormat) {
	const { range } = INTEGER_FORMATS[format];
	return z.number().superRefine((value, ctx) => {
		if (!fitsIntegerFormat(format, value))
			ctx.addIssue({
				code: 'custom',
				message: `must be a whole number from ${range} (${format}); got ${value}`,
			});
	});
}

export const int32 = integerOfFormat('int32');

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
						message: `must be a 15- or 18-character Salesforce id; got ${quoted(object.objectId)}`,
					});
				}
			});
		});
}
