import { type ChatCompletionRequest, type ChatTool, FakeOpenAiChat } from '../e2e/fakes/openAiChat';

/*
 * The fake chat model the agent e2e tests run against: its answers follow OpenAI's documented
 * Chat Completions shapes, and it refuses instead of guessing when the request does not fit.
 */

const TOOL: ChatTool = {
	type: 'function',
	function: {
		name: 'Report_View',
		description: 'Records a view',
		parameters: {
			type: 'object',
			properties: { documentUrl: { type: 'string' }, seconds: { type: 'number' } },
			required: ['documentUrl', 'seconds'],
		},
	},
};

let model: FakeOpenAiChat;
let chosen: Record<string, unknown>;

beforeEach(async () => {
	chosen = { documentUrl: 'https://docs.example.com/d/1', seconds: 30 };
	model = await new FakeOpenAiChat({ toolName: 'Report_View', argumentsFor: () => chosen }).start();
});
afterEach(async () => await model.stop());

async function complete(body: Partial<ChatCompletionRequest>) {
	const response = await fetch(`${model.url}/chat/completions`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ model: 'gpt-4o-mini', ...body }),
	});
	return { status: response.status, text: await response.text() };
}

const userAsks = [{ role: 'user' as const, content: 'Jane opened the deck' }];

test('calls the tool first, then answers with what came back as its result', async () => {
	const first = await complete({ messages: userAsks, tools: [TOOL] });
	expect(first.status).toBe(200);
	const completion = JSON.parse(first.text);
	expect(completion.object).toBe('chat.completion');
	const [choice] = completion.choices;
	expect(choice.finish_reason).toBe('tool_calls');
	expect(choice.message.content).toBeNull();
	const [call] = choice.message.tool_calls;
	expect(call).toMatchObject({ type: 'function', function: { name: 'Report_View' } });
	expect(JSON.parse(call.function.arguments)).toEqual(chosen);

	const second = await complete({
		messages: [
			...userAsks,
			{ role: 'assistant', content: null, tool_calls: [call] },
			{ role: 'tool', tool_call_id: call.id, content: '[{"status":"reported"}]' },
		],
		tools: [TOOL],
	});
	const [final] = JSON.parse(second.text).choices;
	expect(final.finish_reason).toBe('stop');
	expect(final.message.content).toBe('Done. The Gong tool answered: [{"status":"reported"}]');
	expect(model.exchanges).toEqual([
		{
			toolCallId: call.id,
			toolName: 'Report_View',
			arguments: chosen,
			result: '[{"status":"reported"}]',
		},
	]);
});

test.each([
	['the tool is not offered', () => ({ tools: [] }), /no tool named Report_View/],
	[
		'an argument is not in the schema',
		() => ((chosen = { ...chosen, viewer: 'x' }), { tools: [TOOL] }),
		/has no viewer/,
	],
	[
		'a required argument has no value',
		() => ((chosen = { documentUrl: 'https://docs.example.com/d/1' }), { tools: [TOOL] }),
		/required seconds/,
	],
	[
		'an argument has the wrong type',
		() => ((chosen = { ...chosen, seconds: '30' }), { tools: [TOOL] }),
		/seconds is string, the schema says number/,
	],
])('refuses with OpenAI’s error shape when %s', async (_case, setUp, reason) => {
	const answer = await complete({ messages: userAsks, ...setUp() });
	expect(answer.status).toBe(400);
	const { error } = JSON.parse(answer.text);
	expect(error.type).toBe('invalid_request_error');
	expect(error.message).toMatch(reason);
	expect(model.exchanges).toEqual([]);
});

test('streams the tool call as chat.completion.chunk events whose pieces make the arguments', async () => {
	const answer = await complete({
		messages: userAsks,
		tools: [TOOL],
		stream: true,
		stream_options: { include_usage: true },
	});
	const events = answer.text
		.split('\n\n')
		.filter((event) => event.startsWith('data: '))
		.map((event) => event.slice('data: '.length));
	expect(events.pop()).toBe('[DONE]');
	const chunks = events.map((event) => JSON.parse(event));
	expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
	const deltas = chunks.flatMap((chunk) =>
		chunk.choices.map((choice: { delta: unknown }) => choice.delta),
	);
	const pieces = deltas.flatMap(
		(delta: { tool_calls?: Array<{ function: { arguments?: string } }> }) =>
			delta.tool_calls?.map((call) => call.function.arguments ?? '') ?? [],
	);
	expect(pieces.length).toBeGreaterThan(2);
	expect(JSON.parse(pieces.join(''))).toEqual(chosen);
	const finishReasons = chunks.flatMap((chunk) =>
		chunk.choices.map((choice: { finish_reason: string | null }) => choice.finish_reason),
	);
	expect(finishReasons.filter((reason) => reason !== null)).toEqual(['tool_calls']);
	expect(chunks[chunks.length - 1]).toMatchObject({ choices: [], usage: { total_tokens: 144 } });
});

test('lists its model at /v1/models', async () => {
	const list = await (await fetch(`${model.url}/models`)).json();
	expect(list).toEqual({
		object: 'list',
		data: [expect.objectContaining({ id: 'gpt-4o-mini', object: 'model' })],
	});
});
