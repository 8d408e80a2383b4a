import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { adviceFor, workspaceList } from '../messages';
import { openConnection, sendToGong } from '../transport';
import { scopeFor, WORKSPACES_PATH } from '../transport/gongApi';
import { parseGongBody } from '../transport/gongResponse';

type Workspace = { id: string; name?: string; description?: string };

/** "From list" for the Workspace field: GET /v2/workspaces, filtered by name or ID as typed. */
export async function searchWorkspaces(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const connection = await openConnection(this);
	const request = { method: 'GET', path: WORKSPACES_PATH, timeoutMs: 30_000 } as const;
	const exchange = await sendToGong(this, connection, request);
	if (exchange.kind === 'networkFailure') {
		throw new NodeOperationError(this.getNode(), workspaceList.unreachable(exchange.message));
	}
	const { statusCode, bodyText } = exchange.response;
	const body = parseGongBody(bodyText);
	if (statusCode !== 200) {
		const message = workspaceList.refused(statusCode, body.errors ?? [], body.requestId);
		const scope = scopeFor(WORKSPACES_PATH);
		const description = workspaceList.description(adviceFor(statusCode, scope), scope);
		throw new NodeOperationError(this.getNode(), message, { description });
	}
	const wanted = filter?.trim().toLowerCase() ?? '';
	const workspaces = (body.workspaces as Workspace[] | undefined) ?? [];
	return {
		results: workspaces
			.filter(({ id, name }) => !wanted || `${name ?? ''} ${id}`.toLowerCase().includes(wanted))
			.map(({ id, name, description }) => ({ name: name ?? id, value: String(id), description })),
	};
}
