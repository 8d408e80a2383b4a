import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { GongResponseBody } from './gongResponse';
import { headerValue, parseGongBody } from './gongResponse';
import type { GongConnection } from './index';
import { sendToGong } from './index';
import { gongApiError } from './outcome';
import { CallPacer } from './pacer';
import {
	backoffDelayMs,
	isRetryableNetworkFailure,
	isRetryableStatus,
	retryAfterMs,
} from './retryPolicy';
import { waitUnlessCancelled } from './waiting';

/*
 * Gets every prepared event into Gong once: paced under the calls-per-second budget with a few
 * calls in flight, 429s waited out, 5xx and network failures retried with backoff. Retries are
 * safe because every event carries an eventId: a repeat of something Gong already has answers 409.
 */

export interface PreparedEvent {
	itemIndex: number;
	payload: IDataObject & { eventId?: string };
	/** The event's time as sent (eventTimestamp, or timestamp for Digital Interaction). */
	timestamp: string;
}

export interface DeliveryOutcome {
	itemIndex: number;
	json?: IDataObject;
	error?: NodeApiError | NodeOperationError;
	/** Extra fields for the error item: requestId, httpStatus, sent or not. */
	errorDetails?: IDataObject;
}

export interface DeliveryTarget {
	method: IHttpRequestMethods;
	path: string;
}

export interface DeliverySettings {
	callsPerSecond: number;
	maxConcurrentCalls: number;
	maxRetries: number;
	retryDelayMs: number;
	maxRateLimitWaitMs: number;
	timeoutMs: number;
	alreadyReportedIsError: boolean;
	stopOnFirstFailure: boolean;
}

/** Rate-limited retries of one event; each wait is bounded by maxRateLimitWaitMs. */
const MAX_RATE_LIMITED_ATTEMPTS = 30;

/*
 * In plain words, and without the error code itself: n8n replaces any message that contains a code
 * such as ECONNREFUSED with a generic sentence, which would drop the item index.
 */
const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was reset before Gong answered',
	ECONNABORTED: 'no answer within the timeout',
	ETIMEDOUT: 'no answer within the timeout',
	ENOTFOUND: 'the host name of the base URL does not resolve',
	EAI_AGAIN: 'the host name of the base URL could not be resolved right now',
	EHOSTUNREACH: 'the host is unreachable',
};

export function describeNetworkFailure(code: string): string {
	return NETWORK_FAILURES[code] ?? 'the request failed before Gong answered';
}

function humanDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 120) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	return minutes < 120 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

interface BudgetExhausted {
	itemIndex: number;
	waitMs: number;
	statusCode: number;
	body: GongResponseBody;
	eventId?: string;
}

type Attempt =
	| DeliveryOutcome
	| { budgetExhausted: BudgetExhausted }
	| { cancelled: true }
	| { notStarted: true };

export async function deliverEvents(
	context: IExecuteFunctions,
	connection: GongConnection,
	target: DeliveryTarget,
	events: PreparedEvent[],
	settings: DeliverySettings,
): Promise<DeliveryOutcome[]> {
	const signal = context.getExecutionCancelSignal?.();
	const pacer = new CallPacer(settings.callsPerSecond);
	const outcomes = new Map<number, DeliveryOutcome>();
	let exhausted: BudgetExhausted | undefined;
	let firstFailure: DeliveryOutcome | undefined;
	let cancelled = false;
	let next = 0;

	const stopTakingEvents = () =>
		cancelled ||
		exhausted !== undefined ||
		(settings.stopOnFirstFailure && firstFailure !== undefined);
	const worker = async () => {
		while (!stopTakingEvents() && next < events.length) {
			const event = events[next++];
			const attempt = await deliverOne(
				context,
				connection,
				target,
				event,
				settings,
				pacer,
				signal,
				stopTakingEvents,
			);
			if ('cancelled' in attempt) {
				cancelled = true;
				return;
			}
			if ('notStarted' in attempt) continue;
			if ('budgetExhausted' in attempt) {
				exhausted ??= attempt.budgetExhausted;
				continue;
			}
			outcomes.set(event.itemIndex, attempt);
			if (attempt.error) firstFailure ??= attempt;
		}
	};

	const workers = Math.max(1, Math.min(settings.maxConcurrentCalls, events.length));
	await Promise.all(Array.from({ length: workers }, worker));

	if (cancelled) {
		const unconfirmed = events.filter((event) => !outcomes.has(event.itemIndex)).length;
		throw new NodeOperationError(
			context.getNode(),
			`The execution was cancelled; ${unconfirmed} of ${events.length} events were not sent or not confirmed`,
		);
	}

	const unsent = events.filter((event) => !outcomes.has(event.itemIndex));
	if (exhausted) {
		const error = budgetExhaustedError(
			context,
			exhausted,
			unsent.length,
			settings.maxRateLimitWaitMs,
		);
		if (settings.stopOnFirstFailure) throw error;
		for (const event of unsent) {
			outcomes.set(event.itemIndex, {
				itemIndex: event.itemIndex,
				error:
					event.itemIndex === exhausted.itemIndex
						? error
						: notSentError(context, event.itemIndex, exhausted),
				errorDetails: {
					sent: false,
					httpStatus: 429,
					requestId: exhausted.body.requestId,
					eventId: event.payload.eventId,
				},
			});
		}
	}
	if (settings.stopOnFirstFailure && firstFailure?.error) {
		if (unsent.length > 0) {
			firstFailure.error.description =
				`${firstFailure.error.description ?? ''} ${unsent.length} later item(s) were not sent.`.trim();
		}
		throw firstFailure.error;
	}
	return [...outcomes.values()];
}

function budgetExhaustedError(
	context: IExecuteFunctions,
	exhausted: BudgetExhausted,
	unsentCount: number,
	maxWaitMs: number,
) {
	return gongApiError(
		context.getNode(),
		exhausted.itemIndex,
		exhausted.statusCode,
		exhausted.body,
		`Gong asks to wait ${humanDuration(exhausted.waitMs)} (Retry-After), longer than Max Rate-Limit Wait (${humanDuration(maxWaitMs)}): the daily budget of 10,000 calls per company is probably spent. ${unsentCount} item(s) were not sent.`,
	);
}

function notSentError(context: IExecuteFunctions, itemIndex: number, exhausted: BudgetExhausted) {
	return new NodeOperationError(
		context.getNode(),
		`item ${itemIndex}: not sent: Gong's rate limit asks to wait ${humanDuration(exhausted.waitMs)} (see item ${exhausted.itemIndex})`,
		{
			itemIndex,
			description:
				'Run the workflow again after the wait; events already delivered are recognised by their eventId.',
		},
	);
}

async function deliverOne(
	context: IExecuteFunctions,
	connection: GongConnection,
	target: DeliveryTarget,
	event: PreparedEvent,
	settings: DeliverySettings,
	pacer: CallPacer,
	signal: AbortSignal | undefined,
	deliveryStopped: () => boolean,
): Promise<Attempt> {
	const { itemIndex, payload } = event;
	let attempts = 0;
	let failedAttempts = 0;
	let rateLimitedAttempts = 0;
	for (;;) {
		if ((await pacer.acquire(signal)) === 'cancelled') return { cancelled: true };
		// Another event failed while this one waited for its slot: a first attempt is not started.
		if (attempts === 0 && deliveryStopped()) return { notStarted: true };
		attempts++;
		const exchange = await sendToGong(context, connection, {
			method: target.method,
			path: target.path,
			body: payload,
			timeoutMs: settings.timeoutMs,
		});
		pacer.callAnswered();
		if (signal?.aborted) return { cancelled: true };

		if (exchange.kind === 'networkFailure') {
			if (exchange.code === 'ERR_CANCELED') return { cancelled: true };
			if (isRetryableNetworkFailure(exchange.code) && failedAttempts < settings.maxRetries) {
				failedAttempts++;
				const backoff = backoffDelayMs(failedAttempts, settings.retryDelayMs);
				if ((await waitUnlessCancelled(backoff, signal)) === 'cancelled')
					return { cancelled: true };
				continue;
			}
			return {
				itemIndex,
				error: new NodeOperationError(
					context.getNode(),
					`item ${itemIndex}: could not reach Gong: ${describeNetworkFailure(exchange.code)}`,
					{
						itemIndex,
						description: `Network error ${exchange.code} after ${attempts} attempt(s). The event may or may not have arrived; sending it again with the same eventId is safe.`,
					},
				),
				errorDetails: { eventId: payload.eventId, networkError: exchange.code, attempts },
			};
		}

		const { statusCode, headers } = exchange.response;
		const body = parseGongBody(exchange.response.bodyText);
		const delivered = (status: string) => ({
			itemIndex,
			json: {
				status,
				httpStatus: statusCode,
				requestId: body.requestId,
				...(body.integrationId !== undefined ? { integrationId: body.integrationId } : {}),
				eventId: payload.eventId,
				eventTimestamp: event.timestamp,
				attempts,
			},
		});

		if (statusCode >= 200 && statusCode < 300) {
			pacer.recordAccepted();
			return delivered('reported');
		}
		if (statusCode === 409 && !settings.alreadyReportedIsError) return delivered('alreadyReported');
		if (statusCode === 429) {
			const waitMs = retryAfterMs(headerValue(headers, 'retry-after'));
			if (waitMs > settings.maxRateLimitWaitMs) {
				return {
					budgetExhausted: { itemIndex, waitMs, statusCode, body, eventId: payload.eventId },
				};
			}
			if (rateLimitedAttempts < MAX_RATE_LIMITED_ATTEMPTS) {
				rateLimitedAttempts++;
				pacer.holdUntil(Date.now() + waitMs);
				continue;
			}
		}
		if (isRetryableStatus(statusCode) && failedAttempts < settings.maxRetries) {
			failedAttempts++;
			const backoff = backoffDelayMs(failedAttempts, settings.retryDelayMs);
			if ((await waitUnlessCancelled(backoff, signal)) === 'cancelled') return { cancelled: true };
			continue;
		}
		return {
			itemIndex,
			error: gongApiError(context.getNode(), itemIndex, statusCode, body),
			errorDetails: {
				httpStatus: statusCode,
				requestId: body.requestId,
				errors: body.errors ?? [],
				eventId: payload.eventId,
				attempts,
			},
		};
	}
}
