import { driveViewActivity, GoogleReportsFake } from '../e2e/fakes/googleReports';

/*
 * The Reports API fake the Drive views e2e runs against: what it must hold to for that test to
 * mean anything (a missing token refused, every page reachable only through nextPageToken, the
 * window honoured, `items` absent when nothing matches, as Google answers).
 */

const TOKEN = 'ya29.unit-token';
let fake: GoogleReportsFake;

beforeAll(async () => {
	fake = await new GoogleReportsFake({ accessToken: TOKEN, pageSize: 2 }).start();
	const minute = 60_000;
	const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * minute).toISOString();
	fake.publish(
		...[5, 4, 3, 2, 1].map((minutesAgo) =>
			driveViewActivity({
				time: at(minutesAgo),
				uniqueQualifier: `-${minutesAgo}`,
				actor: { email: `viewer${minutesAgo}@acme.example` },
				docId: `doc-${minutesAgo}`,
				docTitle: `Doc ${minutesAgo}`,
				owner: 'owner@vendor.example',
			}),
		),
	);
});

afterAll(async () => await fake.stop());

const list = async (query: Record<string, string>, authorization = `Bearer ${TOKEN}`) => {
	const url = `${fake.url}/activity/users/all/applications/drive?${new URLSearchParams(query)}`;
	const response = await fetch(url, { headers: { authorization } });
	return {
		status: response.status,
		body: (await response.json()) as {
			items?: Array<{ id: { uniqueQualifier: string } }>;
			nextPageToken?: string;
			error?: { code: number; status: string };
		},
	};
};

test('a request without the Bearer token, or with another one, gets Google 401 UNAUTHENTICATED', async () => {
	for (const authorization of ['', 'Bearer ya29.someone-else']) {
		const { status, body } = await list({ eventName: 'view' }, authorization);
		expect([status, body.error?.code, body.error?.status]).toEqual([401, 401, 'UNAUTHENTICATED']);
	}
});

test('pages newest first, two at a time, each next page only through nextPageToken', async () => {
	const seen: string[][] = [];
	let pageToken: string | undefined;
	do {
		const { status, body } = await list({ eventName: 'view', ...(pageToken ? { pageToken } : {}) });
		expect(status).toBe(200);
		seen.push((body.items ?? []).map((item) => item.id.uniqueQualifier));
		pageToken = body.nextPageToken;
	} while (pageToken);
	expect(seen).toEqual([['-1', '-2'], ['-3', '-4'], ['-5']]);
});

test('startTime and endTime bound the activities; an empty window has no items at all', async () => {
	const now = Date.now();
	const window = (fromMinutesAgo: number, toMinutesAgo: number) => ({
		startTime: new Date(now - fromMinutesAgo * 60_000 - 1000).toISOString(),
		endTime: new Date(now - toMinutesAgo * 60_000 + 1000).toISOString(),
		maxResults: '10',
	});
	const middle = await list(window(4, 2));
	expect(middle.body.items?.map((item) => item.id.uniqueQualifier)).toEqual(['-2', '-3', '-4']);
	const empty = await list(window(60, 30));
	expect(empty.status).toBe(200);
	expect('items' in empty.body).toBe(false);
	const unknownEvent = await list({ eventName: 'edit' });
	expect('items' in unknownEvent.body).toBe(false);
});
