import { accessKeyCredentials, requiredFromItem, useSandbox, viewItem } from '../harness/fixtures';
import { startNodeRun } from '../harness/runWorkflow';
import { useVirtualClock } from '../harness/virtualClock';

/*
 * Max Rate-Limit Wait: the budget also counts "while its calls sit out a hold
 * that another execution's 429 started". A second execution on the same credential, with a budget
 * shorter than the first one's Retry-After, must give up instead of sitting the hold out.
 */

const time = useVirtualClock();
const state = useSandbox();

test("an execution whose budget is shorter than another execution's 429 hold stops without sending, saying so", async () => {
	const { sandbox } = state;
	sandbox.answerNext({
		status: 429,
		body: { requestId: 'req-hold', errors: ['API rate limit exceeded'] },
		headers: { 'Retry-After': '120' },
	});
	const credentials = accessKeyCredentials(sandbox);
	// No time passes during the test: the hold cannot run out while the second execution starts.
	time.clock.pause();
	const first = startNodeRun({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials,
	});
	try {
		while (sandbox.requestLog.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

		const second = await startNodeRun({
			parameters: { ...requiredFromItem, delivery: { maxRateLimitWaitSeconds: 2 } },
			items: [viewItem(1)],
			credentials,
		}).result;

		// The hold lasts 120 s; the second execution ended long before it without a call of its own.
		expect(second.error?.message).toMatch(
			/^item 0: not sent: Gong's rate limit \(429\) holds every call to this company — .*1 item\(s\) were not sent\.$/,
		);
		expect(sandbox.requestLog).toHaveLength(1);
	} finally {
		first.cancel();
		await first.result.catch(() => undefined);
		time.clock.resume();
	}
}, 60_000);
