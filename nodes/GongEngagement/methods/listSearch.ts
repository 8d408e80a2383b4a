import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { adviceFor, scopeFor } from '../messages';
import { openConnection, sendToGong } from '../transport';
import { parseGongBody } from '../transport/gongResponse';

const WORKSPACES_PATH = '/v2/workspaces';

/** "From list" for the Workspace field: GET /v2/workspaces, filtered by name or ID as typed. */
export async function searchWorkspaces(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const connection = await openConnection(this);
	const exchange = await sendToGong(this, connection, {
		method: 'GET',
		path: WORKSPACES_PATH,
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
		const { statusCode } = exchange.response;
		throw new NodeOperationError(
			this.getNode(),
			`Gong answered ${statusCode} to the workspace list: ${(body.errors ?? []).join('; ')} (requestId ${body.requestId ?? 'none'})`,
			{
				description:
					`${adviceFor(statusCode, WORKSPACES_PATH) ?? ''} Listing workspaces needs the scope ${scopeFor(WORKSPACES_PATH)}; you can still enter the ID.`.trim(),
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
