import { mkdirSync } from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';

import {
	ACCESS_KEY,
	ACCESS_KEY_SECRET,
	accessKeyCredentials,
	requiredFromItem,
	viewItem,
} from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { GongSandbox } from '../sandbox/server';

/*
 * The sandbox's timeline page in a real browser (Debian's Chromium driven by playwright-core):
 * events pushed by the node appear in the right group, rejected requests apart, and the page
 * refreshes by itself. A screenshot is kept in test-artifacts/.
 */

const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

let sandbox: GongSandbox;
let browser: Browser;

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
	}).start();
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
});

afterAll(async () => {
	await browser?.close();
	await sandbox?.stop();
});

test('events show in their deal or domain group, newest first; rejected requests apart; the page refreshes', async () => {
	const dealParameters = {
		...requiredFromItem,
		crmContext: {
			record: [
				{ system: 'Salesforce', objectType: 'Opportunity', objectId: '0063600000dsPyWAAU' },
				{ system: 'Salesforce', objectType: 'Account', objectId: '0013601230sV7grAAC' },
			],
		},
		viewer: { email: '={{ $json.email }}', name: 'Jane Buyer' },
		eventProperties: { property: [{ name: 'Seconds Viewed', value: '95', dataType: 'number' }] },
	};
	const domainParameters = { ...requiredFromItem, viewer: { email: '={{ $json.email }}' } };
	await runNode({
		parameters: dealParameters,
		items: [viewItem(1, { subject: 'Master Services Agreement' })],
		credentials: accessKeyCredentials(sandbox),
	});
	await runNode({
		parameters: domainParameters,
		items: [viewItem(2, { email: 'cfo@globex.example', subject: 'Pricing Deck' })],
		credentials: accessKeyCredentials(sandbox),
	});
	// The same view again: Gong (and the sandbox) answer 409, listed with the rejected requests.
	await runNode({
		parameters: domainParameters,
		items: [viewItem(2, { email: 'cfo@globex.example', subject: 'Pricing Deck' })],
		credentials: accessKeyCredentials(sandbox),
	});

	// Another kind of event: shown with its kind, grouped by the actor's email domain.
	await runNode({
		parameters: {
			operation: 'customAction',
			reportingSystem: 'docusign',
			eventTimestamp: '2026-03-02T16:00:00Z',
			actionName: 'Contract Signed',
			actor: { email: 'cfo@globex.example', name: 'Carla CFO' },
		},
		credentials: accessKeyCredentials(sandbox),
	});

	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${sandbox.url}/`);
	const deal = page.locator('[data-group="deal:0063600000dsPyWAAU"]');
	await deal.locator('.event').first().waitFor();
	expect(await deal.locator('h3').innerText()).toContain('Deal 0063600000dsPyWAAU');
	expect(await deal.locator('.event a').innerText()).toBe('Master Services Agreement');
	expect(await deal.locator('.event a').getAttribute('href')).toBe(
		'https://docs.example.com/envelopes/env-1',
	);
	expect(await deal.locator('.event .meta').innerText()).toContain('Jane Buyer · buyer1@acme.com');
	expect(await deal.locator('.props').innerText()).toContain('Seconds Viewed: 95');

	const domain = page.locator('[data-group="domain:globex.example"]');
	expect(await domain.locator('.event a').innerText()).toBe('Pricing Deck');
	expect(await domain.locator('.event .kind').allInnerTexts()).toEqual([
		'Custom Action',
		'Content Viewed',
	]);
	expect(await domain.locator('.event').first().innerText()).toContain('Contract Signed');
	expect(await page.locator('#rejected .rejected').count()).toBe(1);
	expect(await page.locator('#rejected').innerText()).toContain('409');
	expect(await page.locator('#rejected').innerText()).toContain(
		'Event was already reported in the past',
	);

	// A new event arrives while the page is open: it shows without a reload.
	await runNode({
		parameters: dealParameters,
		items: [viewItem(3, { subject: 'Order Form', viewedAt: '2026-03-05T09:00:00Z' })],
		credentials: accessKeyCredentials(sandbox),
	});
	await deal.locator('.event').nth(1).waitFor({ timeout: 10_000 });
	expect(await deal.locator('.event a').allInnerTexts()).toEqual([
		'Order Form',
		'Master Services Agreement',
	]);

	mkdirSync(ARTIFACTS, { recursive: true });
	await page.screenshot({ path: path.join(ARTIFACTS, 'timeline.png'), fullPage: true });
	await page.close();
});
