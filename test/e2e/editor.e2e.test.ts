import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { chromium, selectors, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../harness/fixtures';
import { GongSandbox } from '../sandbox/server';
import {
	createN8nEnvironment,
	importCredentials,
	importWorkflows,
	OWNER,
	ownerSession,
	startServer,
	type N8nEnvironment,
	type N8nServer,
} from './n8nRuntime';

/*
 * The node as a user meets it in n8n's editor: a real n8n 2.41.1 with the packed package
 * installed, driven in Debian's Chromium. Sign in, add Gong Engagement from the nodes panel by
 * name, create the access-key credential (a wrong secret first, then the right one), fill Content
 * Viewed, run it against the sandbox, then run it with a bad Content URL. Each step leaves a
 * screenshot in test-artifacts/editor-*.png.
 *
 * Then a saved workflow (imported before n8n starts) walks what a new user stumbled on: Custom API
 * Call, an event naming no one, required fields first, Include Input Fields, and the credential
 * picker's names.
 */

const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
/** The editor is a large Vue app: on a loaded 2-core machine its first load takes a while. */
const EDITOR_TIMEOUT = 90_000;
const STEP_TIMEOUT = 30_000;

/** The walk's workflow: a document item feeding Gong nodes set up for each step, side by side. */
const WALK_WORKFLOW = 'editorWalk1';
const WALK_CREDENTIAL = { id: 'gongWalkKey01', name: 'Gong walk account' };

function gongWalkNode(name: string, y: number, parameters: Record<string, unknown>) {
	return {
		id: `walk-${name.replace(/\W/g, '')}`,
		name,
		type: 'n8n-nodes-gong-engagement.gongEngagement',
		typeVersion: 1,
		position: [500, y],
		parameters: { authentication: 'accessKey', resource: 'engagementEvent', ...parameters },
		credentials: { gongEngagementApi: WALK_CREDENTIAL },
	};
}

const viewFromDocument = {
	operation: 'contentViewed',
	reportingSystem: 'docusign',
	eventTimestamp: '={{ $json.viewedAt }}',
	contentId: '={{ $json.envelopeId }}',
	contentUrl: '={{ "https://docs.example.com/envelopes/" + $json.envelopeId }}',
	contentTitle: '={{ $json.subject }}',
	viewer: { email: 'jane.buyer@acme.example' },
};

function walkWorkflow(gongUrl: string) {
	const nodes = [
		gongWalkNode('Gong View', -300, viewFromDocument),
		gongWalkNode('Gong Interaction', -150, {
			operation: 'digitalInteraction',
			timestamp: '={{ $json.viewedAt }}',
			eventType: 'Pricing Page Viewed',
			contentTitle: 'Pricing',
			personIdentification: 'none',
		}),
		gongWalkNode('Gong Custom', 0, viewFromDocument),
		gongWalkNode('Gong New Interaction', 150, { operation: 'digitalInteraction' }),
		{
			id: 'walk-http',
			name: 'HTTP Request',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [500, 300],
			parameters: {
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'gongEngagementApi',
				url: `${gongUrl}/v2/workspaces`,
				options: {},
			},
			credentials: { gongEngagementApi: WALK_CREDENTIAL },
		},
	];
	return {
		id: WALK_WORKFLOW,
		name: 'Editor walk',
		active: false,
		nodes: [
			{
				id: 'walk-start',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'walk-document',
				name: 'Document',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [250, 0],
				parameters: {
					mode: 'raw',
					jsonOutput: JSON.stringify({
						envelopeId: 'env-walk-1',
						subject: 'Walk proposal',
						folder: 'Proposals',
						viewedAt: '2026-03-02T15:04:05Z',
					}),
					options: {},
				},
			},
			...nodes,
		],
		connections: {
			Start: { main: [[{ node: 'Document', type: 'main', index: 0 }]] },
			Document: {
				main: [nodes.map((node) => ({ node: node.name, type: 'main', index: 0 }))],
			},
		},
		settings: { executionOrder: 'v1' },
	};
}

let sandbox: GongSandbox;
let environment: N8nEnvironment;
let server: N8nServer;
let browserProfile: string;
let browser: BrowserContext;
let page: Page;

async function screenshot(name: string): Promise<void> {
	await page.screenshot({ path: path.join(ARTIFACTS, `editor-${name}.png`) });
}

/** The node details view (the form of the node that is open). */
const ndv = () => page.getByTestId('ndv');
const parameterInput = (name: string) =>
	ndv().getByTestId(`parameter-input-${name}`).locator('input');
const credentialModal = () => page.getByTestId('editCredential-modal');

async function closeCredentialModal(): Promise<void> {
	// The dialog's own close button: Escape would close the node's form too.
	await page.locator('.el-dialog__headerbtn:visible').click();
	await credentialModal().waitFor({ state: 'hidden' });
}

/** n8n's "Add … Field" menu of a collection, found by its placeholder. */
async function addCollectionField(addLabel: string, field: string): Promise<void> {
	await ndv()
		.getByTestId('collection-parameter-add')
		.filter({ has: page.locator(`input[placeholder="${addLabel}"]`) })
		.click();
	await page
		.getByTestId('collection-parameter-option')
		.filter({ hasText: new RegExp(`^${field}$`) })
		.click();
}

/** Toasts cover the output panel's corner; closed before the screenshots the README shows. */
async function closeToasts(): Promise<void> {
	const toasts = page.locator('.el-notification:visible');
	const deadline = Date.now() + STEP_TIMEOUT;
	while ((await toasts.count()) > 0 && Date.now() < deadline) {
		// The newest toast lies over the older ones' close buttons, and any toast may close by itself
		// between finding it and clicking it: click the newest, let one that vanished go.
		await toasts
			.last()
			.locator('.el-notification__closeBtn')
			.click({ timeout: 2_000, force: true })
			.catch(() => undefined);
	}
}

/** Fades and slide-ins (dialogs, toasts) finished, so a screenshot shows them in place. */
async function animationsSettled(): Promise<void> {
	await page.evaluate(async () => {
		// Runs in the page; this project's TypeScript has no DOM types.
		const browserWindow = globalThis as unknown as {
			document: { getAnimations: () => Array<{ finished: Promise<unknown> }> };
		};
		// A cancelled animation rejects `finished`; it is over all the same.
		await Promise.allSettled(
			browserWindow.document.getAnimations().map(async (animation) => await animation.finished),
		);
	});
}

/** The output can show before "Execute step" leaves its loading state (a blank orange bar). */
async function executeButtonSettled(): Promise<void> {
	await ndv()
		.getByTestId('node-execute-button')
		.locator('[class*="loading"]')
		.first()
		.waitFor({ state: 'detached' });
}

async function executeStep(): Promise<Locator> {
	await ndv().getByTestId('node-execute-button').click();
	return ndv().getByTestId('output-panel');
}

beforeAll(async () => {
	mkdirSync(ARTIFACTS, { recursive: true });
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
	}).start();
	environment = await createN8nEnvironment();
	await importCredentials(environment, [
		{
			...WALK_CREDENTIAL,
			type: 'gongEngagementApi',
			data: { baseUrl: sandbox.url, accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
		},
	]);
	await importWorkflows(environment, [walkWorkflow(sandbox.url)]);
	server = await startServer(environment);
	await ownerSession(server);

	// n8n's components carry data-test-id, not Playwright's default data-testid.
	selectors.setTestIdAttribute('data-test-id');
	browserProfile = mkdtempSync(path.join(os.tmpdir(), 'gong-editor-chromium-'));
	browser = await chromium.launchPersistentContext(browserProfile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		viewport: { width: 1440, height: 900 },
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	page = browser.pages()[0] ?? (await browser.newPage());
	page.setDefaultTimeout(STEP_TIMEOUT);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await sandbox?.stop();
	if (browserProfile) rmSync(browserProfile, { recursive: true, force: true });
	if (environment) rmSync(environment.home, { recursive: true, force: true });
});

test('signs in through the editor sign-in page', async () => {
	await page.goto(`${server.url}/signin`);
	await page
		.getByTestId('emailOrLdapLoginId')
		.locator('input')
		.fill(OWNER.email, { timeout: EDITOR_TIMEOUT });
	await page.getByTestId('password').locator('input').fill(OWNER.password);
	await screenshot('01-signin');
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), {
		timeout: EDITOR_TIMEOUT,
	});
});

test('finds Gong Engagement in the nodes panel by name and adds Content Viewed', async () => {
	await page.goto(`${server.url}/workflow/new`);
	await page.getByTestId('canvas-add-button').click({ timeout: EDITOR_TIMEOUT });
	await page.getByTestId('node-creator-search-bar').fill('Gong Engagement');
	const found = page.getByTestId('node-creator-item-name').filter({ hasText: /^Gong Engagement$/ });
	await found.waitFor();
	await screenshot('02-nodes-panel');
	await found.click();

	const actions = page.getByTestId('node-creator-item-name');
	await actions.filter({ hasText: /^Report content viewed$/ }).waitFor();
	expect(await actions.allInnerTexts()).toEqual(
		expect.arrayContaining([
			'Report content viewed',
			'Report content shared',
			'Report a custom action',
			'Report a digital interaction',
		]),
	);
	await screenshot('03-actions');
	await actions.filter({ hasText: /^Report content viewed$/ }).click();

	await ndv().waitFor();
	expect(await ndv().getByTestId('parameter-input-operation').locator('input').inputValue()).toBe(
		'Content Viewed',
	);
});

test('the credential test advises on a wrong secret and passes with the right one', async () => {
	// n8n picks the walk's credential (imported before it started) for a new node: a new one is
	// created from the credential list.
	await ndv().getByTestId('node-credentials-select').click();
	await page.getByTestId('node-credentials-select-item-new').click();
	const modal = credentialModal();
	await modal.getByTestId('parameter-input-baseUrl').locator('input').fill(sandbox.url);
	await modal.getByTestId('parameter-input-accessKey').locator('input').fill(ACCESS_KEY);
	await modal
		.getByTestId('parameter-input-accessKeySecret')
		.locator('input')
		.fill('not-the-secret');
	await modal.getByTestId('credential-save-button').click();

	// n8n tests the credential on save; a failure keeps the modal open with "More details".
	await modal.getByText('Couldn’t connect with these settings').waitFor();
	await modal.getByText('More details').click();
	await modal.getByText(/Gong refused the access key and secret \(401\)/).waitFor();
	expect(await modal.innerText()).toContain('Copy both again from Company Settings');
	expect(await modal.innerText()).not.toContain('not-the-secret');
	await screenshot('04-credential-wrong-secret');

	await modal
		.getByTestId('parameter-input-accessKeySecret')
		.locator('input')
		.fill(ACCESS_KEY_SECRET);
	await modal.getByTestId('credential-save-button').click();
	// A passing test closes the modal and selects the credential in the node.
	await modal.waitFor({ state: 'hidden' });
	await ndv().getByTestId('credential-edit-button').click();
	await modal.getByText('Connection tested successfully').waitFor();
	await screenshot('05-credential-tested');
	await closeCredentialModal();
	expect(
		await ndv().getByTestId('node-credentials-select').locator('input').inputValue(),
	).toContain('Gong Engagement');
});

test('Content Viewed filled in Fields mode runs against the sandbox and outputs reported', async () => {
	await parameterInput('reportingSystem').fill('docusign');
	await parameterInput('eventTimestamp').fill('2026-03-02T15:04:05Z');
	await parameterInput('contentId').fill('env-editor-1');
	await parameterInput('contentUrl').fill('https://docs.example.com/envelopes/env-editor-1');
	await parameterInput('contentTitle').fill('Proposal from the editor');
	// The Viewer's fields are added one by one, as n8n's collections do.
	await addCollectionField('Add Viewer Field', 'Email');
	await parameterInput('email').fill('jane.buyer@acme.example');
	// The workspace picker lists the workspaces the credential can see (the sandbox has "Sales").
	await addCollectionField('Add Field', 'Workspace');
	await ndv().getByTestId('parameter-input-workspaceId').getByTestId('rlc-input').click();
	await page
		.getByTestId('rlc-item')
		.filter({ hasText: /^Sales$/ })
		.click();
	await screenshot('06-form-filled');

	const output = await executeStep();
	await output.getByTestId('node-run-status-success').waitFor({ timeout: 60_000 });
	await output.getByRole('cell', { name: 'reported', exact: true }).waitFor();
	await executeButtonSettled();
	await closeToasts();
	// The form from its top: the credential, the required fields, and the output beside them.
	await ndv().getByTestId('node-credentials-slot').scrollIntoViewIfNeeded();
	await screenshot('07-reported');

	expect(sandbox.received).toHaveLength(1);
	expect(sandbox.received[0].body).toMatchObject({
		reportingSystem: 'docusign',
		eventTimestamp: '2026-03-02T15:04:05Z',
		contentId: 'env-editor-1',
		contentUrl: 'https://docs.example.com/envelopes/env-editor-1',
		contentTitle: 'Proposal from the editor',
		viewer: { email: 'jane.buyer@acme.example' },
		workspaceId: '623457276584334',
	});
});

test("a bad Content URL shows an error naming the item and the form's label; nothing is sent", async () => {
	await parameterInput('contentUrl').fill('not a url');
	const output = await executeStep();
	const message = output.getByTestId('node-error-message');
	await message.waitFor({ timeout: 60_000 });
	await executeButtonSettled();
	const text = await message.innerText();
	// Fields mode names the form's label, then the JSON path.
	expect(text).toBe(
		'item 0: Content URL must be an absolute http(s) URL; got "not a url" (contentUrl)',
	);
	await screenshot('08-bad-content-url');
	expect(sandbox.received).toHaveLength(1);
});

test("two problems: the error view lists them one per line, as n8n renders a description's HTML", async () => {
	await parameterInput('eventTimestamp').fill('next tuesday');
	const output = await executeStep();
	const entries = output.getByTestId('node-error-description').locator('li');
	// The second entry, not the first: the previous run's error view (one problem) may still be
	// on screen when this run starts, and reading it then gave one entry.
	await entries.nth(1).waitFor({ timeout: 60_000 });
	await executeButtonSettled();
	expect(await entries.allInnerTexts()).toEqual([
		expect.stringMatching(/^Event Timestamp must be a date-time: .* \(eventTimestamp\)$/),
		'Content URL must be an absolute http(s) URL; got "not a url" (contentUrl)',
	]);
	await closeToasts();
	await screenshot('08b-problems-listed');
	await parameterInput('eventTimestamp').fill('2026-03-02T15:04:05Z');
	expect(sandbox.received).toHaveLength(1);
});

test('an added but empty CRM link stays when the next list gets a row; Time Zone offers IANA zones', async () => {
	const viewerCrmLinks = ndv().getByTestId('fixed-collection-viewerCrmLinks');
	await viewerCrmLinks.getByTestId('fixed-collection-add').click();
	await viewerCrmLinks.getByTestId('parameter-input-objectId').waitFor();
	const eventProperties = ndv().getByTestId('fixed-collection-eventProperties');
	await eventProperties.getByTestId('fixed-collection-add').click();
	await eventProperties.getByTestId('parameter-input-name').waitFor();
	// n8n dropped such rows when they were nested in a collection.
	expect(await viewerCrmLinks.getByTestId('parameter-input-objectId').count()).toBe(1);

	await addCollectionField('Add Option', 'Time Zone');
	const timeZone = ndv().getByTestId('parameter-input-timeZone').locator('input');
	expect(await timeZone.inputValue()).toBe("Workflow's Time Zone");
	await timeZone.click();
	await page.keyboard.type('Berlin');
	const berlin = page.getByRole('option', { name: 'Europe/Berlin' });
	await berlin.waitFor();
	await screenshot('09-lists-and-time-zone');
	await berlin.click();
	// The input shows the typed filter until the list closes, then the chosen zone.
	await page.waitForFunction(
		(input) => (input as { value: string }).value === 'Europe/Berlin',
		await timeZone.elementHandle(),
	);
});

test('the canvas shows the node with its operation as subtitle; the timeline page shows the event', async () => {
	await ndv().getByTestId('ndv-close-button').click();
	await ndv().waitFor({ state: 'hidden' });
	const node = page.getByTestId('canvas-node').filter({ hasText: 'Report content viewed' });
	await node.waitFor();
	expect(await node.innerText()).toContain('Content Viewed');
	await screenshot('10-canvas');

	await page.goto(`${sandbox.url}/timeline`);
	const event = page.locator('.event').filter({ hasText: 'Proposal from the editor' });
	await event.waitFor();
	expect(await event.innerText()).toContain('jane.buyer@acme.example');
	await screenshot('11-timeline');
});

/** Opens a node of the walk's workflow by its name on the canvas. */
async function openWalkNode(name: string): Promise<void> {
	if (await ndv().isVisible()) {
		await ndv().getByTestId('ndv-close-button').click();
		await ndv().waitFor({ state: 'hidden' });
	}
	await page
		.getByTestId('canvas-node')
		.filter({ hasText: new RegExp(`^${name}`) })
		.dblclick();
	await ndv().waitFor();
}

/** Picks an option of an options parameter by its shown name. */
async function chooseOption(parameter: string, option: string): Promise<void> {
	await ndv().getByTestId(`parameter-input-${parameter}`).click();
	// An option with a description has it in its accessible name: matched by its leading text.
	await page
		.getByRole('option')
		.filter({ hasText: new RegExp(`^${option}`) })
		.first()
		.click();
}

test('Custom API Call: the form points to the HTTP Request node, a run says the same, nothing is sent', async () => {
	await page.goto(`${server.url}/workflow/${WALK_WORKFLOW}`);
	await page
		.getByTestId('canvas-node')
		.filter({ hasText: /^Gong Custom/ })
		.waitFor({ timeout: EDITOR_TIMEOUT });
	await openWalkNode('Gong Custom');
	await chooseOption('resource', 'Custom API Call');
	await ndv()
		.getByText(/HTTP Request node/)
		.first()
		.waitFor();
	await screenshot('13-custom-api-call-form');

	const received = sandbox.received.length;
	const output = await executeStep();
	const message = output.getByTestId('node-error-message');
	await message.waitFor({ timeout: 60_000 });
	await executeButtonSettled();
	expect(await message.innerText()).toBe(
		'Custom API Call is made in an HTTP Request node, not in this node',
	);
	expect(await output.innerText()).not.toContain('Could not get parameter');
	await closeToasts();
	await screenshot('14-custom-api-call-run');
	expect(sandbox.received).toHaveLength(received);
});

test('Custom API Call: the HTTP Request node offers both Gong Engagement credentials and reaches Gong with the access key', async () => {
	await openWalkNode('HTTP Request');
	const credentialType = ndv()
		.getByTestId('parameter-input-nodeCredentialType')
		.getByTestId('credential-select');
	expect(await credentialType.locator('input').inputValue()).toBe('Gong Engagement API');
	await credentialType.click();
	await page.keyboard.type('Gong Engagement');
	const offered = page.getByRole('option').filter({ hasText: /^Gong Engagement/ });
	await offered.first().waitFor();
	expect((await offered.allInnerTexts()).map((name) => name.trim())).toEqual([
		'Gong Engagement API',
		'Gong Engagement OAuth2 API',
	]);
	await screenshot('15-http-request-credential-types');
	await offered.filter({ hasText: /^Gong Engagement API$/ }).click();

	const output = await executeStep();
	await output.getByTestId('node-run-status-success').waitFor({ timeout: 60_000 });
	await executeButtonSettled();
	await closeToasts();
	await screenshot('16-http-request-reached-gong');
	expect(await output.innerText()).toContain('Sales');
});

test('an event naming no one: Neither is sent with a hint on the output; Person Details left empty is refused, saying what to add', async () => {
	await openWalkNode('Gong Interaction');
	let output = await executeStep();
	await output.getByTestId('node-run-status-success').waitFor({ timeout: 60_000 });
	await executeButtonSettled();
	const hint = output.getByTestId('node-hint').first();
	await hint.waitFor();
	expect(await hint.innerText()).toContain(
		'Item 0 names no person, tracking ID or CRM record: Gong may place it on no timeline.',
	);
	await closeToasts();
	await screenshot('17-no-one-named-hint');

	const received = sandbox.received.length;
	await chooseOption('personIdentification', 'Person Details');
	output = await executeStep();
	const message = output.getByTestId('node-error-message');
	await message.waitFor({ timeout: 60_000 });
	await executeButtonSettled();
	expect(await message.innerText()).toBe(
		'item 0: Person (e.g. its Email) or Tracking ID is required, or set Identify Person By to Neither: Gong places an interaction by them, and one naming no one lands on no timeline (person)',
	);
	await closeToasts();
	await screenshot('18-no-one-named-refused');
	expect(sandbox.received).toHaveLength(received);
});

test('required fields first: Digital Interaction shows Event Timestamp, Event Type and Content Title above the optional Event ID', async () => {
	await openWalkNode('Gong New Interaction');
	const names = await ndv()
		.locator('[data-test-id^="parameter-input-"]')
		.evaluateAll((inputs) =>
			inputs.map((input) =>
				String((input as unknown as { dataset: { testId?: string } }).dataset.testId),
			),
		);
	const position = (name: string) => names.indexOf(`parameter-input-${name}`);
	expect(position('timestamp')).toBeGreaterThan(-1);
	expect(position('timestamp')).toBeLessThan(position('eventType'));
	expect(position('eventType')).toBeLessThan(position('contentTitle'));
	expect(position('contentTitle')).toBeLessThan(position('eventId'));
	expect(await ndv().innerText()).toContain('Event Timestamp');
	await screenshot('19-required-first');

	// Run anyway: n8n refuses, naming the empty required fields, and marks them in the form.
	await ndv().getByTestId('node-execute-button').click();
	const toast = page.locator('.el-notification:visible').first();
	await toast.waitFor();
	await animationsSettled();
	await screenshot('20-required-marked');
	const refusal = await toast.innerText();
	for (const label of ['Event Timestamp', 'Event Type', 'Content Title'])
		expect(refusal).toContain(label);
	expect(refusal).not.toContain('Event ID');
	await closeToasts();
});

test("Include Input Fields: on, the output shows the document's fields beside the result", async () => {
	await openWalkNode('Gong View');
	await addCollectionField('Add Option', 'Include Input Fields');
	await ndv().getByTestId('parameter-input-includeInputFields').locator('.el-switch').click();
	const output = await executeStep();
	await output.getByTestId('node-run-status-success').waitFor({ timeout: 60_000 });
	await output.getByRole('cell', { name: 'reported', exact: true }).waitFor();
	await output.getByRole('cell', { name: 'Proposals', exact: true }).waitFor();
	await executeButtonSettled();
	await closeToasts();
	await screenshot('21-include-input-fields');
	const table = await output.innerText();
	expect(table).toContain('folder');
	expect(table).toContain('env-walk-1');
});

test("the credential picker lists the package's two credentials side by side, both named Gong Engagement", async () => {
	await page.goto(`${server.url}/home/credentials/create`);
	const picker = page.getByTestId('selectCredential-modal');
	await picker.getByTestId('new-credential-type-select').click({ timeout: EDITOR_TIMEOUT });
	await page.keyboard.type('Gong');
	const options = page.getByTestId('new-credential-type-select-option');
	await options.filter({ hasText: 'Gong Engagement OAuth2 API' }).waitFor();
	await screenshot('22-credential-picker');
	const names = (await options.allInnerTexts()).map((name) => name.trim());
	// n8n's own Gong API and Gong OAuth2 API around the package's two, in the picker's order.
	expect(names.filter((name) => /^Gong\b/.test(name))).toEqual([
		'Gong API',
		'Gong Engagement API',
		'Gong Engagement OAuth2 API',
		'Gong OAuth2 API',
	]);
});

test('the OAuth2 credential form shows the scopes, the steps to create the Gong app and a redirect hint', async () => {
	await page.goto(`${server.url}/home/credentials/create`);
	const picker = page.getByTestId('selectCredential-modal');
	await picker.getByTestId('new-credential-type-select').click({ timeout: EDITOR_TIMEOUT });
	await page.keyboard.type('Gong Engagement');
	await page
		.getByTestId('new-credential-type-select-option')
		.filter({ hasText: 'Gong Engagement OAuth2 API' })
		.click();
	await picker.getByTestId('new-credential-type-button').click();

	const modal = credentialModal();
	await modal
		.getByText(/api:engagement-data:write/)
		.first()
		.waitFor();
	const form = await modal.innerText();
	for (const scope of [
		'api:engagement-data:write',
		'api:digital-interactions:write',
		'api:workspaces:read',
	]) {
		expect(form).toContain(scope);
	}
	expect(form).toContain('Create Integration');
	// n8n names the app from the credential's name; the notice says where in Gong that is.
	expect(form).toMatch(/In Gong Engagement, use the URL above/);
	// The picker fades out as the form fades in: the screenshot waits for both to finish.
	await picker.waitFor({ state: 'hidden' });
	await animationsSettled();
	await screenshot('12-oauth2-form');
});
