import type { INode, NodeOperationError } from 'n8n-workflow';

import { invalidItemsDescription, invalidItemsMessage } from '../messages';
import { itemError } from '../errors';

/** Bad items named in the message; the description lists every one (each message is bounded). */
const MAX_ITEMS_IN_MESSAGE = 3;

/**
 * Without Continue On Fail the node stops before sending anything when an item is bad. One bad
 * item: its own error. Several: one error naming the first few in its message and every one of
 * them in its description, so one run shows everything to fix.
 */
export function invalidItemsError(node: INode, errors: NodeOperationError[]): NodeOperationError {
	if (errors.length === 1) return errors[0];
	const messages = errors.map((error) => error.message);
	const message = invalidItemsMessage(messages, MAX_ITEMS_IN_MESSAGE);
	return itemError(node, message, {
		itemIndex: errors[0].context.itemIndex as number | undefined,
		description: invalidItemsDescription(messages),
	});
}
