import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Bad items named in the message; the description lists up to the second bound, then counts. */
const MAX_ITEMS_IN_MESSAGE = 3;
const MAX_ITEMS_IN_DESCRIPTION = 100;

/**
 * Without Continue On Fail the node stops before sending anything when an item is bad. One bad
 * item: its own error. Several: one error naming the first few in its message and each of them
 * (up to 100) in its description, so one run shows everything to fix.
 */
export function invalidItemsError(node: INode, errors: NodeOperationError[]): NodeOperationError {
	if (errors.length === 1) return errors[0];
	const named = errors.slice(0, MAX_ITEMS_IN_MESSAGE).map((error) => error.message);
	const notNamed = errors.length - named.length;
	const listed = errors.slice(0, MAX_ITEMS_IN_DESCRIPTION).map((error) => error.message);
	const notListed = errors.length - listed.length;
	return new NodeOperationError(
		node,
		`${errors.length} items have problems, nothing was sent: ${named.join(' | ')}${notNamed ? ` | and ${notNamed} more` : ''}`,
		{
			itemIndex: errors[0].context.itemIndex as number | undefined,
			description: `Nothing was sent. Items with problems:\n- ${listed.join('\n- ')}${notListed ? `\n- … and ${notListed} more items` : ''}`,
		},
	);
}
