import http, { type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

/*
 * A local OpenAI-compatible chat model for n8n's OpenAI Chat Model node (credential "Base URL"
 * pointed here), shaped from OpenAI's documented Chat Completions API:
 *   POST /v1/chat/completions → a `chat.completion` object (or, with `stream: true`, server-sent
 *   `chat.completion.chunk` events ending in `data: [DONE]`); GET /v1/models → a `list`.
 *
 * It plays a model that uses one tool: on a conversation's first turn it answers with a call of
 * that tool (finish_reason "tool_calls"), its arguments built from the JSON schema n8n sends in
 * `tools` with the values the test gives for the user's message; once the request holds the
 * tool's result (a `role: "tool"` message answering that call) it records the result and answers
 * with a final text quoting it. Anything else — the tool missing from `tools`, an argument the
 * schema has not got, a required one not given — is answered with OpenAI's error shape (400),
 * so the agent fails visibly instead of the fake guessing.
 */

export interface ChatMessage {
	role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
	content?: string | Array<{ type: string; text?: string }> | null;
	tool_calls?: Array<{
		id: string;
		type: 'function';
		function: { name: string; arguments: string };
	}>;
	tool_call_id?: string;
}

export interface ChatTool {
	type: 'function';
	function: {
		name: string;
		description?: string;
		parameters?: {
			type?: string;
			properties?: Record<string, { type?: string | string[]; description?: string }>;
			required?: string[];
		};
	};
}

export interface ChatCompletionRequest {
	model: string;
	messages: ChatMessage[];
	tools?: ChatTool[];
	stream?: boolean;
	stream_options?: { include_usage?: boolean };
	[key: string]: unknown;
}

/** A tool call the fake made, and what came back to it as the tool's result. */
export interface ToolExchange {
	toolCallId: string;
	toolName: string;
	arguments: Record<string, unknown>;
	/** The `role: "tool"` message's content, as n8n sent it back (a JSON text). */
	result?: string;
}

export interface FakeOpenAiChatOptions {
	/** The tool to call: n8n names a node's tool after the node (non-word characters → `_`). */
	toolName: string;
	/** The values the model "chooses" for the tool's arguments, given the user's message. */
	argumentsFor: (userMessage: string) => Record<string, unknown>;
	model?: string;
}

export class FakeOpenAiChat {
	/** Every Chat Completions request body, in arrival order. */
	readonly requests: ChatCompletionRequest[] = [];
	readonly exchanges: ToolExchange[] = [];
	/** Every request answered with an error, and why. */
	readonly refusals: string[] = [];
	/** Request headers seen, for checking what n8n sends (e.g. the API key as a Bearer token). */
	readonly authorizations: string[] = [];
	private server?: http.Server;
	private calls = 0;

	constructor(readonly options: FakeOpenAiChatOptions) {}

	async start(): Promise<this> {
		this.server = http.createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () =>
				this.route(request, Buffer.concat(chunks).toString('utf8'), response),
			);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	/** The base URL as the OpenAI credential's "Base URL" field takes it (with `/v1`). */
	get url(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error('The fake chat model is not listening');
		return `http://127.0.0.1:${address.port}/v1`;
	}

	get model(): string {
		return this.options.model ?? 'gpt-4o-mini';
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	private route(request: IncomingMessage, text: string, response: ServerResponse): void {
		const path = (request.url ?? '').split('?')[0];
		this.authorizations.push(String(request.headers.authorization ?? ''));
		if (request.method === 'GET' && path === '/v1/models') {
			return json(response, 200, {
				object: 'list',
				data: [{ id: this.model, object: 'model', created: 1_715_367_049, owned_by: 'system' }],
			});
		}
		if (request.method === 'POST' && path === '/v1/chat/completions') {
			let body: ChatCompletionRequest;
			try {
				body = JSON.parse(text) as ChatCompletionRequest;
			} catch {
				return this.refuse(response, 'the request body is not JSON');
			}
			this.requests.push(body);
			return this.complete(body, response);
		}
		this.refuse(response, `no route for ${request.method} ${path}`, 404);
	}

	private complete(body: ChatCompletionRequest, response: ServerResponse): void {
		const answered = this.toolResultsIn(body.messages ?? []);
		if (answered.length > 0) {
			const results = answered.map((exchange) => exchange.result).join('\n');
			return this.reply(body, response, {
				content: `Done. The Gong tool answered: ${results}`,
				finishReason: 'stop',
			});
		}
		const tool = (body.tools ?? []).find(
			(candidate) => candidate.function?.name === this.options.toolName,
		);
		if (!tool) {
			const offered = (body.tools ?? []).map((candidate) => candidate.function?.name);
			return this.refuse(
				response,
				`no tool named ${this.options.toolName} in the request's tools (${offered.join(', ') || 'none'})`,
			);
		}
		const userMessage = lastUserMessage(body.messages ?? []);
		const chosen = this.options.argumentsFor(userMessage);
		const problem = argumentsProblem(tool, chosen);
		if (problem) return this.refuse(response, problem);
		const exchange: ToolExchange = {
			toolCallId: `call_${String(++this.calls).padStart(4, '0')}fake`,
			toolName: tool.function.name,
			arguments: chosen,
		};
		this.exchanges.push(exchange);
		this.reply(body, response, {
			toolCall: {
				id: exchange.toolCallId,
				type: 'function',
				function: { name: exchange.toolName, arguments: JSON.stringify(chosen) },
			},
			finishReason: 'tool_calls',
		});
	}

	/** The calls of this fake that the request's `role: "tool"` messages answer, recorded. */
	private toolResultsIn(messages: ChatMessage[]): ToolExchange[] {
		const answered: ToolExchange[] = [];
		for (const message of messages) {
			if (message.role !== 'tool') continue;
			const exchange = this.exchanges.find((known) => known.toolCallId === message.tool_call_id);
			if (!exchange) continue;
			exchange.result = textOf(message.content);
			answered.push(exchange);
		}
		return answered;
	}

	private reply(
		body: ChatCompletionRequest,
		response: ServerResponse,
		answer: {
			content?: string;
			toolCall?: NonNullable<ChatMessage['tool_calls']>[number];
			finishReason: 'stop' | 'tool_calls';
		},
	): void {
		const id = `chatcmpl-fake${this.requests.length}`;
		const created = Math.floor(Date.now() / 1000);
		const usage = { prompt_tokens: 120, completion_tokens: 24, total_tokens: 144 };
		if (body.stream === true) return this.stream(body, response, id, created, usage, answer);
		json(response, 200, {
			id,
			object: 'chat.completion',
			created,
			model: this.model,
			choices: [
				{
					index: 0,
					message: {
						role: 'assistant',
						content: answer.content ?? null,
						...(answer.toolCall ? { tool_calls: [answer.toolCall] } : {}),
						refusal: null,
					},
					logprobs: null,
					finish_reason: answer.finishReason,
				},
			],
			usage,
			system_fingerprint: 'fp_fake',
		});
	}

	/** The same answer as server-sent `chat.completion.chunk` events, as OpenAI streams it. */
	private stream(
		body: ChatCompletionRequest,
		response: ServerResponse,
		id: string,
		created: number,
		usage: Record<string, number>,
		answer: Parameters<FakeOpenAiChat['reply']>[2],
	): void {
		response.writeHead(200, {
			'Content-Type': 'text/event-stream',
			'Cache-Control': 'no-cache',
			Connection: 'keep-alive',
		});
		const send = (choices: unknown[], extra: Record<string, unknown> = {}) =>
			response.write(
				`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: this.model, system_fingerprint: 'fp_fake', choices, ...extra })}\n\n`,
			);
		const choice = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
			index: 0,
			delta,
			logprobs: null,
			finish_reason: finishReason,
		});
		if (answer.toolCall) {
			const { id: callId, type, function: call } = answer.toolCall;
			send([
				choice({
					role: 'assistant',
					content: null,
					tool_calls: [
						{ index: 0, id: callId, type, function: { name: call.name, arguments: '' } },
					],
				}),
			]);
			// The arguments arrive in pieces, as they do from OpenAI.
			for (const piece of call.arguments.match(/.{1,16}/gs) ?? [])
				send([choice({ tool_calls: [{ index: 0, function: { arguments: piece } }] })]);
		} else {
			send([choice({ role: 'assistant', content: '' })]);
			for (const piece of (answer.content ?? '').match(/.{1,16}/gs) ?? [])
				send([choice({ content: piece })]);
		}
		send([choice({}, answer.finishReason)]);
		if (body.stream_options?.include_usage) send([], { usage });
		response.end('data: [DONE]\n\n');
	}

	private refuse(response: ServerResponse, message: string, status = 400): void {
		this.refusals.push(message);
		json(response, status, {
			error: { message, type: 'invalid_request_error', param: null, code: null },
		});
	}
}

/** What is wrong with these arguments for this tool's JSON schema, if anything. */
function argumentsProblem(tool: ChatTool, chosen: Record<string, unknown>): string | undefined {
	const properties = tool.function.parameters?.properties ?? {};
	const unknown = Object.keys(chosen).filter((key) => !(key in properties));
	if (unknown.length > 0)
		return `the tool's schema has no ${unknown.join(', ')} (it has ${Object.keys(properties).join(', ')})`;
	const missing = (tool.function.parameters?.required ?? []).filter((key) => !(key in chosen));
	if (missing.length > 0) return `no value chosen for the required ${missing.join(', ')}`;
	for (const [key, value] of Object.entries(chosen)) {
		const declared = properties[key].type;
		const types = Array.isArray(declared) ? declared : declared ? [declared] : [];
		const type = jsonType(value);
		const fits = types.includes(type) || (type === 'integer' && types.includes('number'));
		if (types.length > 0 && !fits)
			return `${key} is ${type}, the schema says ${types.join(' or ')}`;
	}
	return undefined;
}

function jsonType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

function textOf(content: ChatMessage['content']): string {
	if (typeof content === 'string') return content;
	return (content ?? []).map((part) => part.text ?? '').join('');
}

function lastUserMessage(messages: ChatMessage[]): string {
	const user = [...messages].reverse().find((message) => message.role === 'user');
	return user ? textOf(user.content) : '';
}

function json(response: ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'Content-Type': 'application/json' });
	response.end(JSON.stringify(body));
}
