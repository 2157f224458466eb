'use strict';
/**
 * A scripted stand-in for OpenAI's Chat Completions API (POST <url>/v1/chat/completions),
 * so that a real n8n AI Agent can run offline: the OpenAI Chat Model node's credential
 * points its Base URL here.
 *
 * The script: the first call that offers a tool named `toolName` is answered with one call
 * of that tool with `toolArgs`; a call whose messages already hold that tool's result is
 * answered with a final text that quotes the result. Anything else gets a plain text answer
 * ("no tool offered"), which the test then sees as a failure. A script may instead give
 * `respond(body)`, returning {message, finishReason}, and `delayMs`, a wait before each answer
 * (a slow model). Every request body is kept in `requests`. Streaming requests (`stream: true`) get the same answers as server-sent
 * events. Listens on 127.0.0.1 only.
 */

const http = require('node:http');

const MODEL_ANSWER_PREFIX = 'Done. The tool answered: ';

function completion(body, message, finishReason) {
	return {
		id: `chatcmpl-fake-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model: body.model || 'fake-model',
		choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
		usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
	};
}

/** The same answer as stream chunks (what the OpenAI SDK reads with stream: true). */
function streamChunks(body, message, finishReason) {
	const base = { id: `chatcmpl-fake-${Date.now()}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model || 'fake-model' };
	const delta = { role: 'assistant', content: message.content ?? '' };
	if (message.tool_calls) {
		delta.tool_calls = message.tool_calls.map((call, index) => ({ index, ...call }));
	}
	return [
		{ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: null }] },
		{ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }] },
	];
}

/** The default script: one call of `toolName`, then a final text that quotes its result. */
function toolThenQuote(script, body) {
	const messages = Array.isArray(body.messages) ? body.messages : [];
	const toolResult = messages.find((m) => m.role === 'tool');
	const offered = (body.tools || []).some((t) => t.function?.name === script.toolName);
	if (toolResult) {
		const content = typeof toolResult.content === 'string' ? toolResult.content : JSON.stringify(toolResult.content);
		return { message: { role: 'assistant', content: `${MODEL_ANSWER_PREFIX}${content}`, refusal: null }, finishReason: 'stop' };
	}
	if (offered) return { message: toolCalls([{ name: script.toolName, args: script.toolArgs }]), finishReason: 'tool_calls' };
	return { message: { role: 'assistant', content: 'no tool offered', refusal: null }, finishReason: 'stop' };
}

/** An assistant message that calls the tools `calls` ({name, args}), in one turn. */
function toolCalls(calls) {
	return {
		role: 'assistant',
		content: null,
		refusal: null,
		tool_calls: calls.map((call, index) => ({
			id: `call_fake_${index + 1}`,
			type: 'function',
			function: { name: call.name, arguments: JSON.stringify(call.args) },
		})),
	};
}

/**
 * @param {{toolName?: string, toolArgs?: object, respond?: (body: object) => {message: object, finishReason: string}, delayMs?: number}} script
 * @returns {Promise<{url: string, requests: object[], close(): Promise<void>}>}
 */
async function startFakeOpenAi(script) {
	const requests = [];
	const server = http.createServer((req, res) => {
		const answer = (send) => (script.delayMs ? setTimeout(send, script.delayMs) : send());
		let raw = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			let body = {};
			try {
				body = raw ? JSON.parse(raw) : {};
			} catch {
				body = { unparsed: raw };
			}
			requests.push({ method: req.method, path: req.url, headers: req.headers, body });
			if (req.method !== 'POST' || !/\/chat\/completions$/.test(req.url.split('?')[0])) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { message: `fake-openai: no route ${req.method} ${req.url}` } }));
				return;
			}
			const { message, finishReason } = script.respond ? script.respond(body) : toolThenQuote(script, body);
			answer(() => {
				if (body.stream) {
					res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
					for (const chunk of streamChunks(body, message, finishReason)) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
					res.end('data: [DONE]\n\n');
					return;
				}
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify(completion(body, message, finishReason)));
			});
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}

module.exports = { startFakeOpenAi, toolCalls, MODEL_ANSWER_PREFIX };
