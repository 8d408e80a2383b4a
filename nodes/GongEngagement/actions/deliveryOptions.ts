import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemError } from '../errors';
import { connectionNotSent, deliveryOptionInvalid } from '../messages';
import { shownValue } from '../schema/formatIssues';
import type { GongConnection } from '../transport';
import { openConnection } from '../transport';
import type { DeliverySettings, PreparedEvent } from '../transport/delivery';
import type { ItemResult } from './output';
import { delivery as deliveryProperty } from './engagementEvent/frame.description';

/** The form's numeric Delivery options by name: label, range and default. */
const deliveryNumberOptions = new Map(
	(deliveryProperty.options as INodeProperties[])
		.filter((option) => option.type === 'number')
		.map((option) => [option.name, option]),
);

/** A numeric Delivery option: an expression may leave the form's range; refused, not replaced. */
function deliveryNumber(context: IExecuteFunctions, delivery: IDataObject, name: string): number {
	const option = deliveryNumberOptions.get(name) as INodeProperties;
	const given = delivery[name];
	if (given === undefined || given === null || given === '') return option.default as number;
	const value = typeof given === 'string' && given.trim() !== '' ? Number(given) : given;
	const { minValue, maxValue } = option.typeOptions ?? {};
	const inRange =
		typeof value === 'number' &&
		Number.isFinite(value) &&
		(minValue === undefined || value >= minValue) &&
		(maxValue === undefined || value <= maxValue);
	if (inRange) return value as number;
	const shown = shownValue(given);
	// The message quotes the value: itemError stops n8n rewording one holding "EPERM".
	throw itemError(
		context.getNode(),
		deliveryOptionInvalid(option.displayName, name, minValue, maxValue, shown),
	);
}

/**
 * The Delivery options and the credential concern the whole node: under continueOnFail a problem
 * there gives each item that would have been sent an error item, not its input passed through.
 */
export async function deliverySetupOrErrorItems(
	context: IExecuteFunctions,
	delivery: IDataObject,
	readyToSend: PreparedEvent[],
	continueOnFail: boolean,
	results: ItemResult[],
): Promise<{ settings: DeliverySettings; connection: GongConnection } | undefined> {
	const number = (name: string) => deliveryNumber(context, delivery, name);
	try {
		const settings: DeliverySettings = {
			callsPerSecond: number('callsPerSecond'),
			maxConcurrentCalls: Math.floor(number('maxConcurrentCalls')),
			maxRetries: Math.floor(number('maxRetries')),
			retryDelayMs: number('retryDelaySeconds') * 1000,
			maxRateLimitWaitMs: number('maxRateLimitWaitSeconds') * 1000,
			timeoutMs: number('timeoutSeconds') * 1000,
			alreadyReportedIsError: delivery.alreadyReportedIsError === true,
			stopOnFirstFailure: !continueOnFail,
		};
		return { settings, connection: await openConnection(context) };
	} catch (error) {
		const problem =
			error instanceof NodeOperationError
				? error
				: new NodeOperationError(context.getNode(), error as Error);
		if (!continueOnFail) throw problem;
		const { description } = problem;
		for (const { itemIndex, payload } of readyToSend) {
			const message = connectionNotSent(itemIndex, problem.message);
			const error = itemError(context.getNode(), message, { itemIndex, description });
			const errorDetails = { sent: false, eventId: payload.eventId };
			results[itemIndex] = { itemIndex, error, errorDetails };
		}
		return undefined;
	}
}
