import type { INodeProperties } from 'n8n-workflow';

import type { EventOperation } from '../node.type';
import { contentShared, description as contentSharedFields } from './contentShared.operation';
import { contentViewed, description as contentViewedFields } from './contentViewed.operation';
import { customAction, description as customActionFields } from './customAction.operation';
import {
	digitalInteraction,
	description as digitalInteractionFields,
} from './digitalInteraction.operation';
import { delivery, eventJson, inputMode, operation, options } from './frame.description';

export const operations: Record<string, EventOperation> = {
	contentShared,
	contentViewed,
	customAction,
	digitalInteraction,
};

export const description: INodeProperties[] = [
	operation,
	inputMode,
	...eventJson,
	...contentViewedFields,
	...contentSharedFields,
	...customActionFields,
	...digitalInteractionFields,
	options,
	delivery,
];
