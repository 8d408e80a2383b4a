import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { openConnection, sendToGong } from '../transport';
import { parseGongBody } from '../transport/gongResponse';

/** "From list" for the Workspace field: GET /v2/workspaces, filtered by name or ID as typed. */
export async function searchWorkspaces(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const connection = await openConnection(this);
	const exchange = await sendToGong(this, connection, {
		method: 'GET',
		path: '/v2/workspaces',
		timeoutMs: 30_000,
	});
	if (exchange.kind === 'networkFailure') {
		throw new NodeOperationError(
			this.getNode(),
			`Could not reach Gong to list workspaces (${exchange.message})`,
		);
	}
	const body = parseGongBody(exchange.response.bodyText);
	if (exchange.response.statusCode !== 200) {
		throw new NodeOperationError(
			this.getNode(),
			`Gong answered ${exchange.response.statusCode} to the workspace list: ${(body.errors ?? []).join('; ')} (requestId ${body.requestId ?? 'none'})`,
			{
				description:
					'Listing workspaces needs the scope api:workspaces:read; you can still enter the ID.',
			},
		);
	}
	const wanted = filter?.trim().toLowerCase() ?? '';
	const workspaces =
		(body.workspaces as Array<{ id: string; name?: string; description?: string }> | undefined) ??
		[];
	return {
		results: workspaces
			.filter(
				(workspace) =>
					!wanted || `${workspace.name ?? ''} ${workspace.id}`.toLowerCase().includes(wanted),
			)
			.map((workspace) => ({
				name: workspace.name ?? workspace.id,
				value: String(workspace.id),
				description: workspace.description,
			})),
	};
}
