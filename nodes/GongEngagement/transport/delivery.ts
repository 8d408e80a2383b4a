import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { parseGongBody } from './gongResponse';
import type { GongConnection } from './index';
import { sendToGong } from './index';
import { gongApiError } from './outcome';

export interface PreparedEvent {
	itemIndex: number;
	payload: IDataObject & { eventId?: string };
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
	timeoutMs: number;
	stopOnFirstFailure: boolean;
}

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
	ERR_CANCELED: 'the execution was cancelled',
};

export function describeNetworkFailure(code: string): string {
	return NETWORK_FAILURES[code] ?? 'the request failed before Gong answered';
}

/** Sends each prepared event once, in input order, and says what became of it. */
export async function deliverEvents(
	context: IExecuteFunctions,
	connection: GongConnection,
	target: DeliveryTarget,
	events: PreparedEvent[],
	settings: DeliverySettings,
): Promise<DeliveryOutcome[]> {
	const outcomes: DeliveryOutcome[] = [];
	for (const event of events) {
		const outcome = await deliverOne(context, connection, target, event, settings);
		outcomes.push(outcome);
		if (outcome.error && settings.stopOnFirstFailure) throw outcome.error;
	}
	return outcomes;
}

async function deliverOne(
	context: IExecuteFunctions,
	connection: GongConnection,
	target: DeliveryTarget,
	event: PreparedEvent,
	settings: DeliverySettings,
): Promise<DeliveryOutcome> {
	const { itemIndex, payload } = event;
	const exchange = await sendToGong(context, connection, {
		method: target.method,
		path: target.path,
		body: payload,
		timeoutMs: settings.timeoutMs,
	});
	if (exchange.kind === 'networkFailure') {
		return {
			itemIndex,
			error: new NodeOperationError(
				context.getNode(),
				`item ${itemIndex}: could not reach Gong: ${describeNetworkFailure(exchange.code)}`,
				{
					itemIndex,
					description: `Network error ${exchange.code}. The event may or may not have arrived; sending it again with the same eventId is safe.`,
				},
			),
			errorDetails: { eventId: payload.eventId, networkError: exchange.code },
		};
	}
	const { statusCode } = exchange.response;
	const body = parseGongBody(exchange.response.bodyText);
	if (statusCode >= 200 && statusCode < 300) {
		return {
			itemIndex,
			json: {
				status: 'reported',
				httpStatus: statusCode,
				requestId: body.requestId,
				integrationId: body.integrationId,
				eventId: payload.eventId,
				eventTimestamp: payload.eventTimestamp,
			},
		};
	}
	return {
		itemIndex,
		error: gongApiError(context.getNode(), itemIndex, statusCode, body),
		errorDetails: {
			httpStatus: statusCode,
			requestId: body.requestId,
			errors: body.errors ?? [],
			eventId: payload.eventId,
		},
	};
}
