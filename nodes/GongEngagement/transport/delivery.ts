import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { itemError } from '../errors';
import type { GongResponseBody } from './gongResponse';
import {
	alreadyReportedProblem,
	headerValue,
	parseGongBody,
	readAcceptedAnswer,
} from './gongResponse';
import type { GongConnection, GongExchange } from './index';
import { CANCELED_CODE, sendToGong } from './index';
import {
	acceptedWithErrors,
	cancelledMessage,
	laterItemsNotSent,
	networkFailure,
	notGongAnswer,
	rateLimitHolds,
	rateLimitNotSentExtra,
	rateLimitSeeItem,
	rateLimitWaitReason,
} from '../messages';
import { gongApiError } from './outcome';
import type { LimiterClient } from './rateLimiter';
import {
	backoffDelayMs,
	isRetryableNetworkFailure,
	isRetryableStatus,
	retryAfterMs,
} from './retryPolicy';
import { sharedLimiterFor } from './sharedLimiters';
import { waitUnlessCancelled } from './waiting';

/*
 * Gets every prepared event into Gong once: call slots come from the limiter shared by every
 * execution on the same Gong company, a few calls in flight, 429s waited out within the
 * execution's budget, 5xx and network failures retried with backoff. Retries are safe because
 * every event carries an eventId: a repeat of something Gong already has answers 409.
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
	/** Total time one execution may wait on Gong's 429s. */
	maxRateLimitWaitMs: number;
	timeoutMs: number;
	alreadyReportedIsError: boolean;
	stopOnFirstFailure: boolean;
}

interface RateLimitAnswer {
	statusCode: number;
	body: GongResponseBody;
}

/** Why an event stopped waiting for Gong's rate limit: the execution's budget is spent. */
interface BudgetSpent {
	kind: 'budgetSpent';
	itemIndex: number;
	/** How long Gong still asked everyone to wait. */
	holdMs: number;
	/** How long this execution had already waited on 429s. */
	spentMs: number;
	/** The 429 this event itself got, if it got one. */
	rateLimit?: RateLimitAnswer;
}

type Attempt =
	| { kind: 'delivered'; outcome: DeliveryOutcome }
	| { kind: 'failed'; outcome: DeliveryOutcome }
	| BudgetSpent
	| { kind: 'cancelled' }
	/** Another event failed first (without Continue On Fail): this one was not started. */
	| { kind: 'notStarted' };

/** A 429 within a second of an execution's first wait: Gong's single answer decided it. */
const SINGLE_WAIT_MS = 1000;

export async function deliverEvents(
	context: IExecuteFunctions,
	connection: GongConnection,
	target: DeliveryTarget,
	events: PreparedEvent[],
	settings: DeliverySettings,
): Promise<DeliveryOutcome[]> {
	const credentialId = context.getNode().credentials?.[connection.credentialType]?.id ?? '';
	const limiter = sharedLimiterFor(credentialId, connection.baseUrl).client({
		callsPerSecond: settings.callsPerSecond,
		rateLimitBudgetMs: settings.maxRateLimitWaitMs,
	});
	try {
		const delivery = new EventDelivery(context, connection, target, settings, limiter);
		return await delivery.deliverAll(events);
	} finally {
		limiter.close();
	}
}

class EventDelivery {
	private readonly signal?: AbortSignal;
	private readonly outcomes = new Map<number, DeliveryOutcome>();
	private budgetSpent?: BudgetSpent;
	private firstFailure?: DeliveryOutcome;
	private cancelled = false;

	constructor(
		private readonly context: IExecuteFunctions,
		private readonly connection: GongConnection,
		private readonly target: DeliveryTarget,
		private readonly settings: DeliverySettings,
		private readonly limiter: LimiterClient,
	) {
		this.signal = context.getExecutionCancelSignal?.();
	}

	async deliverAll(events: PreparedEvent[]): Promise<DeliveryOutcome[]> {
		let next = 0;
		const worker = async () => {
			while (!this.stopped() && next < events.length) {
				const event = events[next++];
				const attempt = await this.deliver(event);
				if (attempt.kind === 'cancelled') this.cancelled = true;
				else if (attempt.kind === 'budgetSpent') this.noteBudgetSpent(attempt);
				else if (attempt.kind === 'delivered') this.outcomes.set(event.itemIndex, attempt.outcome);
				else if (attempt.kind === 'failed') {
					this.outcomes.set(event.itemIndex, attempt.outcome);
					this.firstFailure ??= attempt.outcome;
				}
			}
		};
		const workers = Math.max(1, Math.min(this.settings.maxConcurrentCalls, events.length));
		await Promise.all(Array.from({ length: workers }, worker));

		const unsent = events.filter((event) => !this.outcomes.has(event.itemIndex));
		if (this.cancelled) {
			throw new NodeOperationError(
				this.context.getNode(),
				cancelledMessage(unsent.length, events.length),
			);
		}
		if (this.budgetSpent) this.reportNotSent(unsent, this.budgetSpent);
		if (this.settings.stopOnFirstFailure && this.firstFailure?.error) {
			if (unsent.length > 0) {
				this.firstFailure.error.description = laterItemsNotSent(
					this.firstFailure.error.description,
					unsent.length,
				);
			}
			throw this.firstFailure.error;
		}
		return [...this.outcomes.values()];
	}

	private stopped(): boolean {
		return (
			this.cancelled ||
			this.budgetSpent !== undefined ||
			(this.settings.stopOnFirstFailure && this.firstFailure !== undefined)
		);
	}

	/** The earliest event in input order that had a 429 in hand speaks for the others. */
	private noteBudgetSpent(spent: BudgetSpent): void {
		const current = this.budgetSpent;
		const better =
			!current ||
			(spent.rateLimit !== undefined && current.rateLimit === undefined) ||
			(!!spent.rateLimit === !!current.rateLimit && spent.itemIndex < current.itemIndex);
		if (better) this.budgetSpent = spent;
	}

	/** Items not sent because the budget is spent: one error, or an error item each. */
	private reportNotSent(unsent: PreparedEvent[], spent: BudgetSpent): void {
		if (unsent.length === 0) return;
		const speaker = unsent.some((event) => event.itemIndex === spent.itemIndex)
			? spent.itemIndex
			: unsent[0].itemIndex;
		const mainError = this.budgetSpentError(speaker, spent, unsent.length);
		if (this.settings.stopOnFirstFailure) throw mainError;
		for (const event of unsent) {
			this.outcomes.set(event.itemIndex, {
				itemIndex: event.itemIndex,
				error:
					event.itemIndex === speaker
						? mainError
						: this.notSentError(event.itemIndex, speaker, spent),
				errorDetails: {
					sent: false,
					httpStatus: 429,
					requestId: spent.rateLimit?.body.requestId,
					eventId: event.payload.eventId,
				},
			});
		}
	}

	private waitReason(spent: BudgetSpent): string {
		return rateLimitWaitReason(
			spent.spentMs < SINGLE_WAIT_MS,
			spent.holdMs,
			spent.spentMs,
			this.settings.maxRateLimitWaitMs,
		);
	}

	private budgetSpentError(itemIndex: number, spent: BudgetSpent, unsentCount: number) {
		const extra = rateLimitNotSentExtra(this.waitReason(spent), unsentCount);
		if (spent.rateLimit && spent.itemIndex === itemIndex) {
			const { statusCode, body } = spent.rateLimit;
			const { path } = this.target;
			return gongApiError(this.context.getNode(), itemIndex, statusCode, body, extra, path);
		}
		return itemError(this.context.getNode(), rateLimitHolds.message(itemIndex, extra), {
			itemIndex,
			description: rateLimitHolds.description,
		});
	}

	private notSentError(itemIndex: number, speaker: number, spent: BudgetSpent) {
		return itemError(
			this.context.getNode(),
			rateLimitSeeItem.message(
				itemIndex,
				speaker,
				spent.spentMs < SINGLE_WAIT_MS,
				spent.holdMs,
				this.settings.maxRateLimitWaitMs,
			),
			{ itemIndex, description: rateLimitSeeItem.description },
		);
	}

	/** One event, attempt after attempt, until Gong has it or it fails for good. */
	private async deliver(event: PreparedEvent): Promise<Attempt> {
		const { itemIndex, payload } = event;
		let attempts = 0;
		let failedAttempts = 0;
		let rateLimit: RateLimitAnswer | undefined;
		const retryAfterBackoff = async (): Promise<'waited' | 'cancelled'> => {
			failedAttempts++;
			const backoff = backoffDelayMs(failedAttempts, this.settings.retryDelayMs);
			return await waitUnlessCancelled(backoff, this.signal);
		};
		for (;;) {
			const grant = await this.limiter.acquire(this.signal);
			if (grant.kind === 'cancelled') return { kind: 'cancelled' };
			if (grant.kind === 'budgetSpent') {
				const { holdMs, spentMs } = grant;
				return { kind: 'budgetSpent', itemIndex, holdMs, spentMs, rateLimit };
			}
			if (attempts === 0 && this.stopped()) {
				grant.call.release();
				return { kind: 'notStarted' };
			}
			attempts++;
			const exchange = await this.send(payload);
			const isRateLimited = exchange.kind === 'response' && exchange.response.statusCode === 429;
			if (isRateLimited) {
				grant.call.rateLimited(retryAfterMs(headerValue(exchange.response.headers, 'retry-after')));
			} else {
				grant.call.answered();
			}
			if (this.signal?.aborted) return { kind: 'cancelled' };

			if (exchange.kind === 'networkFailure') {
				if (exchange.code === CANCELED_CODE) return { kind: 'cancelled' };
				if (isRetryableNetworkFailure(exchange.code) && failedAttempts < this.settings.maxRetries) {
					if ((await retryAfterBackoff()) === 'cancelled') return { kind: 'cancelled' };
					continue;
				}
				return { kind: 'failed', outcome: this.networkFailure(event, exchange.code, attempts) };
			}

			const { statusCode } = exchange.response;
			const body = parseGongBody(exchange.response.bodyText);
			if (statusCode >= 200 && statusCode < 300) {
				const answer = readAcceptedAnswer(exchange.response, this.target.path);
				if (answer.kind === 'notGong') {
					return {
						kind: 'failed',
						outcome: this.notGong(event, statusCode, answer.problem, attempts),
					};
				}
				if (answer.kind === 'withErrors') {
					return {
						kind: 'failed',
						outcome: this.withErrors(event, statusCode, answer, attempts),
					};
				}
				const { requestId, integrationId, warning } = answer;
				return {
					kind: 'delivered',
					outcome: this.delivered(
						event,
						'reported',
						statusCode,
						{ requestId, integrationId, warning },
						attempts,
					),
				};
			}
			if (statusCode === 409 && !this.settings.alreadyReportedIsError) {
				const problem = alreadyReportedProblem(exchange.response);
				if (problem !== undefined) {
					return { kind: 'failed', outcome: this.notGong(event, statusCode, problem, attempts) };
				}
				return {
					kind: 'delivered',
					outcome: this.delivered(event, 'alreadyReported', statusCode, body, attempts),
				};
			}
			if (isRateLimited) {
				// The next slot waits out Retry-After for everyone, within this execution's budget.
				rateLimit = { statusCode, body };
				continue;
			}
			if (isRetryableStatus(statusCode) && failedAttempts < this.settings.maxRetries) {
				if ((await retryAfterBackoff()) === 'cancelled') return { kind: 'cancelled' };
				continue;
			}
			return {
				kind: 'failed',
				outcome: {
					itemIndex,
					error: gongApiError(
						this.context.getNode(),
						itemIndex,
						statusCode,
						body,
						undefined,
						this.target.path,
					),
					errorDetails: {
						httpStatus: statusCode,
						requestId: body.requestId,
						errors: body.errors ?? [],
						eventId: payload.eventId,
						attempts,
					},
				},
			};
		}
	}

	private async send(payload: IDataObject): Promise<GongExchange> {
		return await sendToGong(this.context, this.connection, {
			method: this.target.method,
			path: this.target.path,
			body: payload,
			timeoutMs: this.settings.timeoutMs,
		});
	}

	private delivered(
		event: PreparedEvent,
		status: 'reported' | 'alreadyReported',
		statusCode: number,
		answer: { requestId?: string; integrationId?: string; warning?: string },
		attempts: number,
	): DeliveryOutcome {
		return {
			itemIndex: event.itemIndex,
			json: {
				status,
				httpStatus: statusCode,
				requestId: answer.requestId,
				...(answer.integrationId !== undefined ? { integrationId: answer.integrationId } : {}),
				eventId: event.payload.eventId,
				eventTimestamp: event.timestamp,
				attempts,
				...(answer.warning ? { warning: answer.warning } : {}),
			},
		};
	}

	/** A 2xx whose body is not Gong's: a catch-all host or a proxy, not Gong saying "accepted". */
	private notGong(
		event: PreparedEvent,
		statusCode: number,
		problem: string,
		attempts: number,
	): DeliveryOutcome {
		const { itemIndex } = event;
		return {
			itemIndex,
			error: itemError(this.context.getNode(), notGongAnswer.message(itemIndex, problem), {
				itemIndex,
				description: notGongAnswer.description,
			}),
			errorDetails: { httpStatus: statusCode, eventId: event.payload.eventId, attempts },
		};
	}

	/** A 2xx carrying Gong's error shape: Gong's words, but no confirmation. */
	private withErrors(
		event: PreparedEvent,
		statusCode: number,
		answer: { requestId: string; errors: string[] },
		attempts: number,
	): DeliveryOutcome {
		const { itemIndex } = event;
		const { requestId, errors } = answer;
		const message = acceptedWithErrors.message(itemIndex, statusCode, errors.join('; '), requestId);
		const { description } = acceptedWithErrors;
		return {
			itemIndex,
			error: itemError(this.context.getNode(), message, { itemIndex, description }),
			errorDetails: {
				httpStatus: statusCode,
				requestId,
				errors,
				eventId: event.payload.eventId,
				attempts,
			},
		};
	}

	private networkFailure(event: PreparedEvent, code: string, attempts: number): DeliveryOutcome {
		const { itemIndex } = event;
		return {
			itemIndex,
			error: itemError(this.context.getNode(), networkFailure.message(itemIndex, code), {
				itemIndex,
				description: networkFailure.description(code, attempts),
			}),
			errorDetails: { eventId: event.payload.eventId, networkError: code, attempts },
		};
	}
}
