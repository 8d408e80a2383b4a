import { randomBytes } from 'crypto';
import http from 'http';
import type { AddressInfo } from 'net';

/*
 * A local stand-in for Google's Admin SDK Reports API, `activities.list`:
 *   GET <base>/activity/users/{userKey|all}/applications/{applicationName}
 *       ?eventName=&startTime=&endTime=&maxResults=&pageToken=
 * shaped from Google's reference (developers.google.com/admin-sdk/reports/reference/rest/v1/
 * activities/list) and the Drive audit events appendix (…/v1/appendix/activity/drive):
 *   { kind: 'admin#reports#activities', etag, items?: Activity[], nextPageToken? }
 * `items` is left out when nothing matches, as Google does. Activities come newest first. Only
 * what the tests publish is in the log: publishing later is how Google's lag looks from outside
 * (an event with an early time that appears after a poll already covered that time).
 */

export interface ActivityActor {
	email?: string;
	profileId?: string;
	callerType?: string;
}

export interface ActivityParameter {
	name: string;
	value?: string;
	boolValue?: boolean;
}

export interface Activity {
	kind: 'admin#reports#activity';
	id: { time: string; uniqueQualifier: string; applicationName: string; customerId: string };
	etag: string;
	actor?: ActivityActor;
	ipAddress?: string;
	ownerDomain?: string;
	events: Array<{ type: string; name: string; parameters: ActivityParameter[] }>;
}

export interface DriveView {
	time: string;
	uniqueQualifier: string;
	/** Who viewed; a visitor who is not signed in to Google has no email. */
	actor: ActivityActor;
	docId: string;
	docTitle: string;
	owner: string;
	docType?: string;
	visibility?: string;
	/** Google marks the secondary events one user action produces with primary_event false. */
	primaryEvent?: boolean;
}

const CUSTOMER_ID = 'C03az79cb';

/** A Drive audit log `view` event (type `access`) as the Reports API returns it. */
export function driveViewActivity(view: DriveView): Activity {
	return {
		kind: 'admin#reports#activity',
		id: {
			time: view.time,
			uniqueQualifier: view.uniqueQualifier,
			applicationName: 'drive',
			customerId: CUSTOMER_ID,
		},
		etag: `"${randomBytes(12).toString('base64url')}/${view.uniqueQualifier}"`,
		actor: view.actor,
		ipAddress: '203.0.113.24',
		ownerDomain: view.owner.split('@')[1],
		events: [
			{
				type: 'access',
				name: 'view',
				parameters: [
					{ name: 'primary_event', boolValue: view.primaryEvent ?? true },
					{ name: 'billable', boolValue: true },
					{ name: 'owner_is_shared_drive', boolValue: false },
					{ name: 'owner', value: view.owner },
					{ name: 'doc_id', value: view.docId },
					{ name: 'doc_type', value: view.docType ?? 'document' },
					{ name: 'doc_title', value: view.docTitle },
					{ name: 'visibility', value: view.visibility ?? 'people_with_link' },
					{ name: 'actor_is_collaborator_account', boolValue: false },
				],
			},
		],
	};
}

export interface ReportsRequest {
	path: string;
	query: Record<string, string>;
	authorization?: string;
	status: number;
}

/** Google's error body (the v1 JSON error format every googleapis.com API answers with). */
function googleError(code: number, status: string, message: string, reason: string) {
	return {
		error: { code, message, errors: [{ message, domain: 'global', reason }], status },
	};
}

export class GoogleReportsFake {
	/** Every request that arrived, in order. */
	readonly requests: ReportsRequest[] = [];
	private readonly log: Activity[] = [];
	private server?: http.Server;

	/**
	 * @param accessToken the only Bearer token accepted (Google answers 401 to any other)
	 * @param pageSize activities per page when the caller sends no maxResults (Google's default is
	 *   1000; a small one here makes a handful of views span several pages)
	 */
	constructor(private readonly options: { accessToken: string; pageSize: number }) {}

	/** Base URL to put where `https://admin.googleapis.com/admin/reports/v1` would be. */
	get url(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error('The Reports API fake is not listening');
		return `http://127.0.0.1:${address.port}/admin/reports/v1`;
	}

	/** Makes activities visible to the API from now on. */
	publish(...activities: Activity[]): void {
		this.log.push(...activities);
	}

	async start(): Promise<this> {
		this.server = http.createServer((request, response) => this.handle(request, response));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const query = Object.fromEntries(url.searchParams);
		const record: ReportsRequest = {
			path: url.pathname,
			query,
			authorization: request.headers.authorization,
			status: 0,
		};
		this.requests.push(record);
		const reply = (status: number, body: unknown) => {
			record.status = status;
			response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
			response.end(JSON.stringify(body));
		};

		const route = url.pathname.match(
			/^\/admin\/reports\/v1\/activity\/users\/([^/]+)\/applications\/([^/]+)$/,
		);
		if (request.method !== 'GET' || !route)
			return reply(404, googleError(404, 'NOT_FOUND', 'Not Found', 'notFound'));
		if (request.headers.authorization !== `Bearer ${this.options.accessToken}`) {
			return reply(
				401,
				googleError(
					401,
					'UNAUTHENTICATED',
					'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
					'required',
				),
			);
		}
		const [, userKey, applicationName] = route.map(decodeURIComponent);

		const now = Date.now();
		const start =
			query.startTime === undefined ? now - 180 * 86_400_000 : Date.parse(query.startTime);
		const end = query.endTime === undefined ? now : Date.parse(query.endTime);
		if (Number.isNaN(start) || Number.isNaN(end))
			return reply(400, googleError(400, 'INVALID_ARGUMENT', 'Invalid value', 'invalid'));
		if (start >= end || start > now)
			return reply(
				400,
				googleError(400, 'INVALID_ARGUMENT', 'Start time must be less than end time', 'invalid'),
			);

		const matching = this.log
			.filter((activity) => activity.id.applicationName === applicationName)
			.filter((activity) => userKey === 'all' || activity.actor?.email === userKey)
			.filter(
				(activity) =>
					query.eventName === undefined ||
					activity.events.some((event) => event.name === query.eventName),
			)
			.filter((activity) => {
				const time = Date.parse(activity.id.time);
				return time >= start && time <= end;
			})
			.sort((a, b) => Date.parse(b.id.time) - Date.parse(a.id.time));

		const pageSize = query.maxResults ? Number(query.maxResults) : this.options.pageSize;
		const offset = query.pageToken ? Number(Buffer.from(query.pageToken, 'base64url')) : 0;
		const page = matching.slice(offset, offset + pageSize);
		const next = offset + pageSize < matching.length ? offset + pageSize : undefined;
		reply(200, {
			kind: 'admin#reports#activities',
			etag: `"${randomBytes(12).toString('base64url')}"`,
			...(page.length > 0 ? { items: page } : {}),
			...(next === undefined
				? {}
				: { nextPageToken: Buffer.from(String(next)).toString('base64url') }),
		});
	}
}
