/* What the transport knows of Gong's API beyond HTTP (see GONG-API.md). */

export const WORKSPACES_PATH = '/v2/workspaces';

const ENGAGEMENT_SCOPE = 'api:engagement-data:write';

/** The scope each Gong path (one per operation, and the workspace list) needs. */
const SCOPE_BY_PATH: Record<string, string> = {
	'/v2/customer-engagement/content/viewed': ENGAGEMENT_SCOPE,
	'/v2/customer-engagement/content/shared': ENGAGEMENT_SCOPE,
	'/v2/customer-engagement/action': ENGAGEMENT_SCOPE,
	'/v2/digital-interaction': 'api:digital-interactions:write',
	[WORKSPACES_PATH]: 'api:workspaces:read',
};

/** The scope a path needs; by default the engagement scope, the node's most common call. */
export function scopeFor(path: string | undefined): string {
	return (path && SCOPE_BY_PATH[path]) ?? ENGAGEMENT_SCOPE;
}

/** The three customer-engagement endpoints answer with an integrationId; Digital Interaction does not. */
export const answersWithIntegrationId = (path: string) =>
	path.startsWith('/v2/customer-engagement/');
