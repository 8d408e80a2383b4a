import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * n8n's error classes swap a message that contains a Node error code (ECONNRESET, EPERM, also
 * inside a word such as "sleepermode") for a generic sentence. Gong's errors are the server's
 * text and may contain one; the item, status and requestId must stay in the message.
 */
export function keepMessage<T extends Error>(error: T, message: string): T {
	error.message = message;
	return error;
}

/**
 * The node's error: its message kept as written (it often quotes the user's values), with the
 * item it concerns (none for a node-wide problem) and a description saying what to do.
 */
export function itemError(
	node: INode,
	message: string,
	{ itemIndex, description }: { itemIndex?: number; description?: string | null } = {},
): NodeOperationError {
	const options = { itemIndex, description: description ?? undefined };
	return keepMessage(new NodeOperationError(node, message, options), message);
}
