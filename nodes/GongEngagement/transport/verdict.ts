import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { keepMessage, wordedError } from '../errors';
import {
	acceptedWithErrors,
	adviceFor,
	gongAnsweredMessage,
	networkFailure,
	notGongAnswer,
} from '../messages';
import { scopeFor } from './gongApi';
import {
	alreadyReportedProblem,
	type GongResponseBody,
	headerValue,
	parseGongBody,
	readAcceptedAnswer,
} from './gongResponse';
import { CANCELED_CODE, type GongExchange } from './index';
import { redact } from './redact';
import { isRetryableNetworkFailure, isRetryableStatus, isUnreadableAnswer } from './retryPolicy';

/** What Gong answered for an event it now has; a warning: something in its answer worth telling. */
export interface GongAnswer {
	status: 'reported' | 'alreadyReported';
	httpStatus: number;
	requestId?: string;
	integrationId?: string;
	warning?: string;
	attempts: number;
}

/** A non-2xx answer of Gong's, its body parsed. */
export type GongErrorAnswer = { statusCode: number; body: GongResponseBody };

/** Why an event failed for good. */
export type Failure =
	| { kind: 'network'; code: string }
	/** A 2xx (or 409) whose body is not Gong's: a catch-all host or a proxy. */
	| { kind: 'notGong'; httpStatus: number; problem: string }
	/** A 2xx carrying Gong's error shape: Gong's words, but no confirmation. */
	| { kind: 'withErrors'; httpStatus: number; requestId: string; errors: string[] }
	| { kind: 'gong'; answer: GongErrorAnswer };

/** What one exchange means for its event. */
export type Verdict =
	| { kind: 'delivered'; answer: Omit<GongAnswer, 'attempts'> }
	/** 429: the next call slot waits out Retry-After for everyone, within the execution's budget. */
	| { kind: 'rateLimited'; rateLimit: GongErrorAnswer; retryAfter?: string }
	| { kind: 'retry' }
	| { kind: 'cancelled' }
	| { kind: 'fail'; failure: Failure };

const fail = (failure: Failure): Verdict => ({ kind: 'fail', failure });

function delivered(status: GongAnswer['status'], httpStatus: number, body: GongResponseBody) {
	const { requestId, integrationId, warning } = body as GongResponseBody & { warning?: string };
	const answer = { status, httpStatus, requestId, integrationId, warning };
	return { kind: 'delivered', answer } satisfies Verdict;
}

/**
 * Delivered (a 2xx that is Gong's, or a 409: Gong already has it), not Gong's, rate-limited,
 * retry (5xx, 408, a network failure worth another try, while `mayRetry`) or fail. Retries are
 * safe: every event carries an eventId, and a repeat of one Gong already has answers 409.
 */
export function classify(
	exchange: GongExchange,
	rules: { path: string; mayRetry: boolean; alreadyReportedIsError: boolean },
): Verdict {
	if (exchange.kind === 'networkFailure') {
		const { code } = exchange;
		if (code === CANCELED_CODE) return { kind: 'cancelled' };
		if (isRetryableNetworkFailure(code) && rules.mayRetry) return { kind: 'retry' };
		return fail({ kind: 'network', code });
	}
	const { response } = exchange;
	const httpStatus = response.statusCode;
	if (httpStatus >= 200 && httpStatus < 300) {
		const answer = readAcceptedAnswer(response, rules.path);
		if (answer.kind !== 'accepted') return fail({ ...answer, httpStatus });
		return delivered('reported', httpStatus, answer);
	}
	const body = parseGongBody(response.bodyText);
	if (httpStatus === 409 && !rules.alreadyReportedIsError) {
		const problem = alreadyReportedProblem(response);
		if (problem !== undefined) return fail({ kind: 'notGong', httpStatus, problem });
		return delivered('alreadyReported', httpStatus, body);
	}
	if (httpStatus === 429) {
		const retryAfter = headerValue(response.headers, 'retry-after');
		return { kind: 'rateLimited', rateLimit: { statusCode: httpStatus, body }, retryAfter };
	}
	if (isRetryableStatus(httpStatus) && rules.mayRetry) return { kind: 'retry' };
	return fail({ kind: 'gong', answer: { statusCode: httpStatus, body } });
}

/** A failure as the item's error, and the details its error item carries. */
export function failureError(
	node: INode,
	itemIndex: number,
	failure: Failure,
	path: string,
	facts: { eventId?: string; attempts: number },
) {
	const { eventId, attempts } = facts;
	if (failure.kind === 'network') {
		const { code } = failure;
		const unreadable = isUnreadableAnswer(code);
		const error = wordedError(node, itemIndex, networkFailure, { code, unreadable, attempts });
		return { error, errorDetails: { eventId, networkError: code, attempts } };
	}
	if (failure.kind === 'notGong') {
		const error = wordedError(node, itemIndex, notGongAnswer, failure.problem);
		return { error, errorDetails: { httpStatus: failure.httpStatus, eventId, attempts } };
	}
	if (failure.kind === 'withErrors') {
		const { httpStatus, requestId, errors } = failure;
		const error = wordedError(node, itemIndex, acceptedWithErrors, httpStatus, errors, requestId);
		return { error, errorDetails: { httpStatus, requestId, errors, eventId, attempts } };
	}
	const { statusCode: httpStatus, body } = failure.answer;
	const error = gongApiError(node, itemIndex, failure.answer, path);
	const { requestId } = body;
	const errors = body.errors ?? [];
	return { error, errorDetails: { httpStatus, requestId, errors, eventId, attempts } };
}

/**
 * An API error built only from Gong's answer, never from the HTTP client's error (which carries
 * the request and its Authorization header); the advice names the scope the call to `path` needs.
 */
export function gongApiError(
	node: INode,
	itemIndex: number,
	{ statusCode, body }: GongErrorAnswer,
	path: string,
	extra?: string,
): NodeApiError {
	const errors = body.errors?.length ? redact(body.errors.join('; ')) : undefined;
	const message = gongAnsweredMessage(itemIndex, statusCode, errors, body.requestId, extra);
	const httpCode = String(statusCode);
	const response: JsonObject = {
		message,
		httpCode,
		requestId: body.requestId ?? null,
		errors: (body.errors ?? []).map((text) => redact(text)),
	};
	const description = adviceFor(statusCode, scopeFor(path));
	const error = new NodeApiError(node, response, { itemIndex, message, description, httpCode });
	return keepMessage(error, message);
}
