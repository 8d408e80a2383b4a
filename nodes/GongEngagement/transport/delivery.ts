import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { wordedError } from '../errors';
import {
	cancelledMessage,
	laterItemsNotSent,
	rateLimitHolds,
	rateLimitNotSent,
	rateLimitSeeItem,
} from '../messages';
import { clock } from './clock';
import { type GongConnection, type GongRequest, sendToGong } from './index';
import { type Grant, type LimiterClient, sharedLimiterFor } from './rateLimiter';
import { backoffDelayMs, retryAfterMs } from './retryPolicy';
import {
	classify,
	failureError,
	type GongAnswer,
	gongApiError,
	type GongErrorAnswer,
} from './verdict';

/*
 * Gets every prepared event into Gong once: call slots from the limiter shared by every execution
 * on the same Gong company, a few calls in flight, each exchange classified (verdict.ts) and acted
 * on: 429s waited out within the execution's budget, 5xx and network failures retried with backoff.
 */

export interface PreparedEvent {
	itemIndex: number;
	payload: IDataObject & { eventId?: string };
	/** The event's time as sent (eventTimestamp, or timestamp for Digital Interaction). */
	timestamp: string;
}

/** How one event ended: what Gong answered for it, or its error and the details of its error item. */
export interface DeliveryOutcome {
	event: PreparedEvent;
	answer?: GongAnswer;
	error?: NodeApiError | NodeOperationError;
	errorDetails?: IDataObject;
}

export interface DeliverySettings {
	callsPerSecond: number;
	maxConcurrentCalls: number;
	maxRetries: number;
	retryDelayMs: number;
	maxRateLimitWaitMs: number; // total time one execution may wait on Gong's 429s
	timeoutMs: number;
	alreadyReportedIsError: boolean;
	stopOnFirstFailure: boolean;
}

type DeliveryTarget = Pick<GongRequest, 'method' | 'path'>;

/** An event stopped waiting for Gong's rate limit, with the 429 it got itself, if any. */
type BudgetSpent = Extract<Grant, { kind: 'budgetSpent' }> & {
	itemIndex: number;
	rateLimit?: GongErrorAnswer;
};

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
			while (!this.stopped() && next < events.length) await this.deliver(events[next++]);
		};
		const workers = Math.max(1, Math.min(this.settings.maxConcurrentCalls, events.length));
		await Promise.all(Array.from({ length: workers }, worker));

		const unsent = events.filter((event) => !this.outcomes.has(event.itemIndex));
		if (this.cancelled) {
			const message = cancelledMessage(unsent.length, events.length);
			throw new NodeOperationError(this.context.getNode(), message);
		}
		if (this.budgetSpent && unsent.length > 0) this.reportNotSent(unsent, this.budgetSpent);
		const failure = this.firstFailure?.error;
		if (this.settings.stopOnFirstFailure && failure) {
			if (unsent.length > 0)
				failure.description = laterItemsNotSent(failure.description, unsent.length);
			throw failure;
		}
		return [...this.outcomes.values()];
	}

	private stopped(): boolean {
		const { stopOnFirstFailure } = this.settings;
		return this.cancelled || !!this.budgetSpent || (stopOnFirstFailure && !!this.firstFailure);
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
		const node = this.context.getNode();
		const speaker = unsent.some((event) => event.itemIndex === spent.itemIndex)
			? spent.itemIndex
			: unsent[0].itemIndex;
		const { holdMs, spentMs } = spent;
		const budgetMs = this.settings.maxRateLimitWaitMs;
		const wait = { singleWait: spentMs < SINGLE_WAIT_MS, holdMs, spentMs, budgetMs };
		const extra = rateLimitNotSent(wait, unsent.length);
		const mainError =
			spent.rateLimit && spent.itemIndex === speaker
				? gongApiError(node, speaker, spent.rateLimit, this.target.path, extra)
				: wordedError(node, speaker, rateLimitHolds, extra);
		if (this.settings.stopOnFirstFailure) throw mainError;
		const requestId = spent.rateLimit?.body.requestId;
		for (const event of unsent) {
			const { itemIndex } = event;
			this.outcomes.set(itemIndex, {
				event,
				error:
					itemIndex === speaker
						? mainError
						: wordedError(node, itemIndex, rateLimitSeeItem, speaker, wait),
				errorDetails: { sent: false, httpStatus: 429, requestId, eventId: event.payload.eventId },
			});
		}
	}

	private cancel(): void {
		this.cancelled = true;
	}

	private done(outcome: DeliveryOutcome): void {
		this.outcomes.set(outcome.event.itemIndex, outcome);
		if (outcome.error) this.firstFailure ??= outcome;
	}

	/**
	 * One event, attempt after attempt, until Gong has it or it fails for good; it is not started
	 * when another event stopped the rest, and ends unsent on a cancel or a spent budget.
	 */
	private async deliver(event: PreparedEvent): Promise<void> {
		const { itemIndex, payload } = event;
		const { settings, signal, target } = this;
		let attempts = 0;
		let failedAttempts = 0;
		let rateLimit: GongErrorAnswer | undefined;
		for (;;) {
			const grant = await this.limiter.acquire(signal);
			if (grant.kind === 'cancelled') return this.cancel();
			if (grant.kind === 'budgetSpent')
				return this.noteBudgetSpent({ ...grant, itemIndex, rateLimit });
			if (attempts === 0 && this.stopped()) return grant.call.release();
			attempts++;
			const request = { ...target, body: payload, timeoutMs: settings.timeoutMs };
			const verdict = classify(await sendToGong(this.context, this.connection, request), {
				path: target.path,
				mayRetry: failedAttempts < settings.maxRetries,
				alreadyReportedIsError: settings.alreadyReportedIsError,
			});
			if (verdict.kind === 'rateLimited') grant.call.rateLimited(retryAfterMs(verdict.retryAfter));
			else grant.call.answered();
			if (signal?.aborted || verdict.kind === 'cancelled') return this.cancel();

			if (verdict.kind === 'rateLimited') rateLimit = verdict.rateLimit;
			else if (verdict.kind === 'retry') {
				const backoff = backoffDelayMs(++failedAttempts, settings.retryDelayMs);
				if ((await waitUnlessCancelled(backoff, signal)) === 'cancelled') return this.cancel();
			} else if (verdict.kind === 'delivered') {
				return this.done({ event, answer: { ...verdict.answer, attempts } });
			} else {
				const facts = { eventId: payload.eventId, attempts };
				const node = this.context.getNode();
				const failed = failureError(node, itemIndex, verdict.failure, target.path, facts);
				return this.done({ event, ...failed });
			}
		}
	}
}

/**
 * Waits `ms` unless the execution is cancelled; says which happened. Sleeps a second at most at a
 * time, so a cancel is prompt even where n8n's sleep ignores the signal (n8n-workflow 1.x).
 */
async function waitUnlessCancelled(ms: number, signal?: AbortSignal) {
	const until = clock.now() + ms;
	for (let left = ms; left > 0; left = until - clock.now()) {
		if (signal?.aborted) return 'cancelled';
		try {
			await clock.sleep(Math.min(left, 1000), signal);
		} catch {
			return 'cancelled';
		}
	}
	return signal?.aborted ? 'cancelled' : 'waited';
}
