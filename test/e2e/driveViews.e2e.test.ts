import { rmSync } from 'fs';

import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../harness/fixtures';
import { GongSandbox } from '../sandbox/server';
import { type DriveView, driveViewActivity, GoogleReportsFake } from './fakes/googleReports';
import {
	createN8nEnvironment,
	type ExecutionResult,
	executeWorkflow,
	importCredentials,
	importWorkflows,
	type N8nEnvironment,
} from './n8nRuntime';
import { googleDriveViewsExample, sandboxKeyCredential } from './workflows';

/*
 * The Google Drive views example in a real n8n: its HTTP Request node reads the Drive audit log
 * from a local fake of Google's Reports API with n8n's Google OAuth2 credential, and its Gong
 * node reports to the Gong sandbox. Two polls run through the CLI (a non-manual execution, so n8n
 * keeps the workflow's static data between them, as it does between scheduled polls).
 */

const ACCESS_TOKEN = 'ya29.e2e-reports-access-token';
const LAG_MINUTES = 60;

let sandbox: GongSandbox;
let reports: GoogleReportsFake;
let n8n: N8nEnvironment;

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
	}).start();
	reports = await new GoogleReportsFake({ accessToken: ACCESS_TOKEN, pageSize: 2 }).start();
	n8n = await createN8nEnvironment();
	await importCredentials(n8n, [
		sandboxKeyCredential(sandbox, 'Gong (sandbox)'),
		{
			// As n8n stores it once an admin has signed in: the token pair in oauthTokenData.
			id: 'googleReportsAdmin1',
			name: 'Google (Workspace admin, audit reports)',
			type: 'googleOAuth2Api',
			data: {
				clientId: 'e2e-client.apps.googleusercontent.com',
				clientSecret: 'e2e-google-client-secret',
				scope: 'https://www.googleapis.com/auth/admin.reports.audit.readonly',
				oauthTokenData: {
					access_token: ACCESS_TOKEN,
					refresh_token: '1//e2e-refresh-token',
					token_type: 'Bearer',
					expires_in: 3599,
					scope: 'https://www.googleapis.com/auth/admin.reports.audit.readonly',
				},
			},
		},
	]);
	await importWorkflows(n8n, [
		googleDriveViewsExample({
			reportsApiUrl: reports.url,
			internalDomains: 'vendor.example, vendor-labs.example',
			lagMinutes: LAG_MINUTES,
		}),
	]);
}, 600_000);

afterAll(async () => {
	await sandbox?.stop();
	await reports?.stop();
	if (n8n) rmSync(n8n.home, { recursive: true, force: true });
});

const T0 = Date.now();
const minutesBefore = (minutes: number) => new Date(T0 - minutes * 60_000).toISOString();
const PROPOSAL = {
	docId: '1Zq9mK3xT7vB2nR5pL8wQ4sY6uH0jC1dE',
	docTitle: 'Acme Corp - Proposal Q3 2026',
};
const DECK = {
	docId: '1PrC4dK8eL2mN6oP0qR4sT8uV2wX6yZ0a',
	docTitle: 'Pricing Deck 2026',
	docType: 'presentation',
};
const OWNER = 'sam.seller@vendor.example';

const view = (
	uniqueQualifier: string,
	time: string,
	email: string | undefined,
	doc: typeof PROPOSAL & { docType?: string },
	extra: Partial<DriveView> = {},
): DriveView => ({
	time,
	uniqueQualifier,
	actor:
		email === undefined
			? {}
			: { email, profileId: `1${uniqueQualifier.replace('-', '')}`, callerType: 'USER' },
	owner: OWNER,
	...doc,
	...extra,
});

const janeOpensProposal = view(
	'-3861245597219042',
	minutesBefore(9),
	'jane.buyer@acme.example',
	PROPOSAL,
);
const colleagueOpensProposal = view(
	'-2219047716551213',
	minutesBefore(8),
	'Sam.Seller@Vendor.Example',
	PROPOSAL,
);
const anonymousOpensDeck = view('-7781203354100876', minutesBefore(7), undefined, DECK, {
	visibility: 'public_on_the_web',
});
const bobOpensDeck = view('-5540981126637702', minutesBefore(6), 'bob@globex.example', DECK);
const janeDeckSecondary = view(
	'-1190874431235560',
	minutesBefore(5),
	'jane.buyer@acme.example',
	DECK,
	{ primaryEvent: false },
);
const labColleagueOpensDeck = view(
	'-4409127738891234',
	minutesBefore(5),
	'ana@vendor-labs.example',
	DECK,
);
/** Logged before the first poll ended, but published by Google after it: only the overlap finds it. */
const carolOpensProposalLate = view(
	'-6623017749021145',
	minutesBefore(4),
	'carol@initech.example',
	PROPOSAL,
);

const gongBody = (seen: DriveView) => ({
	reportingSystem: 'google-drive',
	eventTimestamp: seen.time,
	eventId: `drive-view:${seen.time}:${seen.uniqueQualifier}:${seen.docId}`,
	contentId: seen.docId,
	contentUrl: `https://drive.google.com/open?id=${seen.docId}`,
	contentTitle: seen.docTitle,
	viewActionTitle: 'Document Viewed',
	viewer: { email: seen.actor.email },
	contentProperties: [{ name: 'File Type', value: seen.docType ?? 'document', dataType: 'string' }],
});

const outputOf = (result: ExecutionResult, node: string, output = 0) =>
	result.run?.data.resultData.runData[node]?.[0]?.data?.main[output] ?? [];

test('two overlapping polls: every outside view reaches Gong once, colleagues are left out, a visitor without email comes out of Not Reported', async () => {
	reports.publish(
		...[
			janeOpensProposal,
			colleagueOpensProposal,
			anonymousOpensDeck,
			bobOpensDeck,
			janeDeckSecondary,
			labColleagueOpensDeck,
		].map(driveViewActivity),
	);

	const first = await executeWorkflow(n8n, 'e2eDriveViews001');
	expect(first.run?.status).toBe('success');
	const firstPoll = [...reports.requests];
	// Six activities at two a page: every page was read, each with the admin's token.
	expect(
		firstPoll.map((request) => [request.status, request.query.pageToken !== undefined]),
	).toEqual([
		[200, false],
		[200, true],
		[200, true],
	]);
	expect(
		reports.requests.every((request) => request.authorization === `Bearer ${ACCESS_TOKEN}`),
	).toBe(true);
	expect(firstPoll[0].path).toBe('/admin/reports/v1/activity/users/all/applications/drive');
	expect(firstPoll[0].query.eventName).toBe('view');
	expect(sandbox.received.map((event) => event.body)).toEqual([
		gongBody(bobOpensDeck),
		gongBody(janeOpensProposal),
	]);
	expect(outputOf(first, 'Not Reported: No Viewer Email').map((item) => item.json.error)).toEqual([
		`Not reported: a visitor who was not signed in to Google viewed "Pricing Deck 2026" at ${anonymousOpensDeck.time}. The Drive audit log gives no email for them, so Gong could place the view on no timeline.`,
	]);

	// Google adds a view from before the first poll's end, and a new one happens.
	const janeOpensDeckNow = view(
		'-9012876655431290',
		new Date().toISOString(),
		'jane.buyer@acme.example',
		DECK,
	);
	reports.publish(driveViewActivity(carolOpensProposalLate), driveViewActivity(janeOpensDeckNow));

	const second = await executeWorkflow(n8n, 'e2eDriveViews001');
	expect(second.run?.status).toBe('success');
	const secondPoll = reports.requests.slice(firstPoll.length);
	// The cursor the first poll kept in the workflow's static data, read back lagMinutes early.
	expect(Date.parse(secondPoll[0].query.startTime)).toBe(
		Date.parse(firstPoll[0].query.endTime) - LAG_MINUTES * 60_000,
	);
	// Each view once in Gong; the ones both polls read were sent again and answered 409.
	expect(sandbox.received.map((event) => event.body)).toEqual([
		gongBody(bobOpensDeck),
		gongBody(janeOpensProposal),
		gongBody(janeOpensDeckNow),
		gongBody(carolOpensProposalLate),
	]);
	expect(
		sandbox.rejected.map((rejected) => [
			rejected.status,
			(rejected.body as { eventId?: string }).eventId,
		]),
	).toEqual([
		[409, gongBody(bobOpensDeck).eventId],
		[409, gongBody(janeOpensProposal).eventId],
	]);
	expect(
		outputOf(second, 'Report View to Gong').map((item) => [item.json.status, item.json.eventId]),
	).toEqual([
		['reported', gongBody(janeOpensDeckNow).eventId],
		['reported', gongBody(carolOpensProposalLate).eventId],
		['alreadyReported', gongBody(bobOpensDeck).eventId],
		['alreadyReported', gongBody(janeOpensProposal).eventId],
	]);
	expect(outputOf(second, 'Report View to Gong', 1)).toEqual([]);
	// The visitor is inside the overlap too: each poll that reads the view says so again.
	expect(outputOf(second, 'Not Reported: No Viewer Email')).toHaveLength(1);
});
