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
				`item ${itemIndex}: could not reach Gong (${exchange.code}): ${exchange.message}`,
				{
					itemIndex,
					description:
						'The event may or may not have arrived; re-running with the same eventId is safe.',
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
