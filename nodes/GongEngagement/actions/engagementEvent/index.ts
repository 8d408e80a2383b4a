import type { INodeProperties } from 'n8n-workflow';

import type { EventOperation } from '../node.type';
import { deliveryParameter, inputModeParameters, optionsParameter } from './common.description';
import * as contentViewedOperation from './contentViewed.operation';

export const operations: Record<string, EventOperation> = {
	contentViewed: contentViewedOperation.contentViewed,
};

const showForEngagementEvent = { show: { resource: ['engagementEvent'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: showForEngagementEvent,
		options: [
			{
				name: 'Content Viewed',
				value: 'contentViewed',
				description: 'Report that a person viewed a document, deck or file',
				action: 'Report content viewed',
			},
		],
		default: 'contentViewed',
	},
	...inputModeParameters.map((parameter) => ({
		...parameter,
		displayOptions: {
			show: { ...showForEngagementEvent.show, ...(parameter.displayOptions?.show ?? {}) },
		},
	})),
	...contentViewedOperation.description,
	{ ...optionsParameter, displayOptions: showForEngagementEvent },
	{ ...deliveryParameter, displayOptions: showForEngagementEvent },
];
