import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemPrefix } from './messages';

/**
 * n8n's error classes swap a message that contains a Node error code (ECONNRESET, EPERM, also
 * inside a word such as "sleepermode") for a generic sentence. The node's messages quote the
 * user's values and Gong's text: they are set back as written.
 */
export function keepMessage<T extends Error>(error: T, message: string): T {
	error.message = message;
	return error;
}

/** The node's error: its message as written, the item it concerns (none: node-wide), what to do. */
export function itemError(
	node: INode,
	message: string,
	{ itemIndex, description }: { itemIndex?: number; description?: string | null } = {},
): NodeOperationError {
	const options = { itemIndex, description: description ?? undefined };
	return keepMessage(new NodeOperationError(node, message, options), message);
}

/** An entry of messages.ts about an item: its message (after `item N: `) from facts, what to do. */
export interface ItemWording<Facts extends unknown[]> {
	message: (...facts: Facts) => string;
	description: string | ((...facts: Facts) => string);
}

/** The error an entry of messages.ts words for an item. */
export function wordedError<Facts extends unknown[]>(
	node: INode,
	itemIndex: number,
	wording: ItemWording<Facts>,
	...facts: Facts
): NodeOperationError {
	const { message, description } = wording;
	return itemError(node, itemPrefix(itemIndex) + message(...facts), {
		itemIndex,
		description: typeof description === 'function' ? description(...facts) : description,
	});
}
