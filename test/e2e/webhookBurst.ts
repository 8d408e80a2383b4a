/*
 * A burst of webhook calls into a running n8n, each one execution sending one Content Viewed event
 * to the Gong sandbox, and what the sandbox saw of it. Shared by the burst and queue-mode e2e tests
 * and by `npm run bench:queue`.
 */

import {
	importCredentials,
	importWorkflows,
	type N8nEnvironment,
	publishWorkflow,
} from './n8nRuntime';
import { sandboxKeyCredential, webhookToGongWorkflow } from './workflows';

export const VIEWED_PATH = '/v2/customer-engagement/content/viewed';

/** The sandbox's access key as an n8n credential, and a published Webhook → Gong workflow. */
export async function publishWebhookToGong(
	environment: N8nEnvironment,
	sandboxUrl: string,
	workflow: { id: string; webhookPath: string; webhookId: string },
): Promise<void> {
	await importCredentials(environment, [sandboxKeyCredential({ url: sandboxUrl })]);
	await importWorkflows(environment, [
		webhookToGongWorkflow(workflow.id, workflow.webhookPath, workflow.webhookId),
	]);
	await publishWorkflow(environment, workflow.id);
}

export interface SandboxCall {
	method: string;
	path: string;
	/** The sandbox's clock (Date.now() when the request body was read). */
	at: number;
	status: number;
}

export interface BurstBody {
	eventId: string;
	envelopeId: string;
	subject: string;
	viewedAt: string;
}

export function burstBodies(count: number, prefix: string): BurstBody[] {
	return Array.from({ length: count }, (_, index) => ({
		eventId: `${prefix}-${index}`,
		envelopeId: `${prefix}-env-${index}`,
		subject: `Proposal ${index}`,
		viewedAt: '2026-03-02T15:04:05+01:00',
	}));
}

export interface WebhookAnswer {
	status: number;
	body: string;
}

/** All POSTs started at once; resolves when every one has been answered. */
export async function fireBurst(
	webhookUrl: string,
	bodies: BurstBody[],
): Promise<{ firstPostAt: number; answers: WebhookAnswer[] }> {
	const firstPostAt = Date.now();
	const answers = await Promise.all(
		bodies.map(async (body) => {
			try {
				const response = await fetch(webhookUrl, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify(body),
					signal: AbortSignal.timeout(600_000),
				});
				return { status: response.status, body: await response.text() };
			} catch (error) {
				return { status: 0, body: (error as Error).message };
			}
		}),
	);
	return { firstPostAt, answers };
}

/** Polls until `count` distinct eventIds arrived, or the deadline; returns whether they did. */
export async function waitForDistinctEvents(
	received: () => Array<{ body: Record<string, unknown> }>,
	count: number,
	timeoutMs: number,
): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (new Set(received().map((event) => event.body.eventId)).size < count) {
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return true;
}

export interface BurstFigures {
	executions: number;
	delivered: number;
	lost: number;
	/** Sends of an event Gong already had (409 answers), plus any stored twice. */
	duplicated: number;
	calls: number;
	callsPerEvent: number;
	rateLimited: number;
	/** From the first to the last event call the sandbox saw, on its clock. */
	sandboxSeconds: number;
	/** From the first POST to the last event call the sandbox accepted. */
	wallSeconds: number;
	/** Events per second (sandbox seconds) ÷ the limit. */
	ratioToLimit: number;
}

/**
 * Figures of one burst. `received` are the events the sandbox stored; `log` every request it
 * answered. A window of n calls at the limit spans (n - 1) / limit seconds, so the ratio counts
 * delivered - 1 events over the first-to-last span.
 */
export function burstFigures(
	bodies: BurstBody[],
	received: Array<{ body: Record<string, unknown> }>,
	log: SandboxCall[],
	firstPostAt: number,
	limitPerSecond: number,
): BurstFigures {
	const wanted = new Set(bodies.map((body) => body.eventId));
	const ids = received.map((event) => String(event.body.eventId)).filter((id) => wanted.has(id));
	const distinct = new Set(ids).size;
	const calls = log.filter((call) => call.path === VIEWED_PATH);
	// The sandbox stores an eventId once and answers a repeat with 409, as Gong does.
	const repeats = calls.filter((call) => call.status === 409).length;
	const accepted = calls.filter((call) => call.status === 200);
	const first = calls[0]?.at ?? firstPostAt;
	const last = calls[calls.length - 1]?.at ?? firstPostAt;
	const sandboxSeconds = (last - first) / 1000;
	const lastAccepted = accepted[accepted.length - 1]?.at ?? firstPostAt;
	return {
		executions: bodies.length,
		delivered: distinct,
		lost: bodies.length - distinct,
		duplicated: ids.length - distinct + repeats,
		calls: calls.length,
		callsPerEvent: distinct > 0 ? calls.length / distinct : 0,
		rateLimited: calls.filter((call) => call.status === 429).length,
		sandboxSeconds,
		wallSeconds: (lastAccepted - firstPostAt) / 1000,
		ratioToLimit:
			sandboxSeconds > 0 ? Math.max(distinct - 1, 0) / sandboxSeconds / limitPerSecond : 0,
	};
}

/**
 * The most calls that got past the sandbox's rate limiter (any answer but 429) in any window of
 * `windowMs`, on the sandbox's clock.
 */
export function mostAcceptedInWindow(log: SandboxCall[], windowMs: number): number {
	const times = log
		.filter((call) => call.path === VIEWED_PATH && call.status !== 429)
		.map((call) => call.at)
		.sort((a, b) => a - b);
	let most = 0;
	let start = 0;
	for (let end = 0; end < times.length; end++) {
		while (times[end] - times[start] >= windowMs) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}

export interface ExecutionCounts {
	success: number;
	failed: number;
	unfinished: number;
}

/** Counts of the workflow's executions by status, through n8n's REST API with an owner cookie. */
export async function executionCounts(
	n8nUrl: string,
	cookie: string,
	workflowId: string,
): Promise<ExecutionCounts> {
	const count = async (status: string[]) => {
		const filter = encodeURIComponent(JSON.stringify({ workflowId, status }));
		const response = await fetch(`${n8nUrl}/rest/executions?filter=${filter}&limit=1`, {
			headers: { cookie },
		});
		if (!response.ok)
			throw new Error(`GET /rest/executions: ${response.status} ${await response.text()}`);
		const { data } = (await response.json()) as { data: { count: number } };
		return data.count;
	};
	return {
		success: await count(['success']),
		failed: await count(['error', 'crashed', 'canceled']),
		unfinished: await count(['new', 'running', 'waiting', 'unknown']),
	};
}

/** Polls until no execution of the workflow is unfinished and `total` are counted, or the deadline. */
export async function waitForExecutions(
	n8nUrl: string,
	cookie: string,
	workflowId: string,
	total: number,
	timeoutMs: number,
): Promise<ExecutionCounts> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const counts = await executionCounts(n8nUrl, cookie, workflowId);
		if (counts.unfinished === 0 && counts.success + counts.failed >= total) return counts;
		if (Date.now() > deadline) return counts;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}
