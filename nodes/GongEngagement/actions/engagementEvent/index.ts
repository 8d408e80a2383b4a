import type { INodeProperties } from 'n8n-workflow';

import type { EventOperation } from '../node.type';
import {
	delivery,
	eventJson,
	inputMode,
	options,
	showForEngagementEvent,
} from './common.description';
import * as contentShared from './contentShared.operation';
import * as contentViewed from './contentViewed.operation';
import * as customAction from './customAction.operation';
import * as digitalInteraction from './digitalInteraction.operation';

export const operations: Record<string, EventOperation> = {
	contentShared: contentShared.contentShared,
	contentViewed: contentViewed.contentViewed,
	customAction: customAction.customAction,
	digitalInteraction: digitalInteraction.digitalInteraction,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: showForEngagementEvent,
		options: [
			{
				name: 'Content Shared',
				value: 'contentShared',
				description:
					'Report that someone shared a document, deck or file (e.g. "the AE sent the proposal")',
				action: 'Report content shared',
			},
			{
				name: 'Content Viewed',
				value: 'contentViewed',
				description: 'Report that a person viewed a document, deck or file',
				action: 'Report content viewed',
			},
			{
				name: 'Custom Action',
				value: 'customAction',
				description: 'Report any other action (e.g. "the prospect signed")',
				action: 'Report a custom action',
			},
			{
				name: 'Digital Interaction',
				value: 'digitalInteraction',
				description:
					"Report an interaction through Gong's Digital Interactions API (its successor to the above)",
				action: 'Report a digital interaction',
			},
		],
		default: 'contentViewed',
	},
	inputMode,
	...eventJson,
	...contentViewed.description,
	...contentShared.description,
	...customAction.description,
	...digitalInteraction.description,
	options,
	delivery,
];
