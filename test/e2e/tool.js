'use strict';
/**
 * Issue 3, item 7: the node as an AI Agent tool in a real n8n.
 *
 * n8n 2.40.7 derives a tool variant `<package>.chatWootTool` from every node with
 * `usableAsTool: true` (n8n/dist/tool-generation/ai-tools.js convertNodeToAiTool: name +
 * 'Tool', no main input, one ai_tool output, a Tool Description parameter). At run time a
 * tool node's `$fromAI(key, description, type)` expressions become the tool's argument
 * schema (n8n-core create-node-as-tool.js) and the node runs with the call's arguments.
 *
 * One workflow: Manual Trigger → AI Agent, with an OpenAI Chat Model (its credential's Base
 * URL points at a scripted OpenAI-compatible fake) and the ChatWoot tool (Message > Create,
 * conversation and content from $fromAI) connected to the agent. Three checks:
 *  (a) n8n serves the tool variant to the editor (GET /types/nodes.json).
 *  (b) "Execute step" on the tool node, as the editor sends it (a manual run with
 *      destinationNode = the tool and agentRequest = the $fromAI values): n8n swaps the
 *      agent for its ToolExecutor node and runs the tool with those values. No model call.
 *  (c) A full agent run: the model is offered the tool (name, description, the schema made
 *      from the $fromAI parameters), answers with a tool call, n8n runs the tool, Chatwoot
 *      gets the request, and the model gets Chatwoot's answer back as the tool result.
 */

const crypto = require('node:crypto');
const { isDeepStrictEqual } = require('node:util');
const n8n = require('../../scripts/lib/n8n');
const { MODEL_ANSWER_PREFIX } = require('./fake-openai');
const { byId, chatwoot, manualTrigger, node, workflow, TOOL_TYPE, NODE_TYPE } = require('./workflows');
const { items, runError } = require('./server');

const ID = n8n.n8nId('e2e-ai-tool');
const TOOL_NODE = 'Post Chatwoot Message';
/** n8n's nodeNameToToolName(): runs of other characters become one underscore. */
const TOOL_NAME = 'Post_Chatwoot_Message';
/** What the scripted model calls the tool with (run c). */
const AGENT_ARGS = { conversation_id: 1, content: `Your parcel ships today (agent ${crypto.randomBytes(3).toString('hex')})` };
/** What "Execute step" fills in for the $fromAI parameters (run b). */
const STEP_ARGS = { conversation_id: 3, content: `Sent by Execute step (${crypto.randomBytes(3).toString('hex')})` };

/** The scripted model's script, for startFakeOpenAi (started before the credential is imported). */
const MODEL_SCRIPT = { toolName: TOOL_NAME, toolArgs: AGENT_ARGS };

// n8n 1.x: the AI Agent's newest version is 3, and "Execute step" takes the tool's arguments
// directly as agentRequest.query (2.x nests them under the tool's name).
const isN8n1x = (env) => env.install.major < 2;

function workflows(env) {
	const tool = chatwoot(TOOL_NODE, env.credentials.user, {
		resource: 'message',
		operation: 'create',
		messageConversation: byId("={{ $fromAI('conversation_id', 'Display ID of the conversation', 'number') }}"),
		messageContent: "={{ $fromAI('content', 'Text of the message to send', 'string') }}",
		messageAdditionalFields: {},
	});
	tool.type = TOOL_TYPE;
	const { openai } = env.credentials;
	return [
		workflow(ID, 'e2e: AI Agent with the ChatWoot tool', [
			manualTrigger(),
			node('AI Agent', '@n8n/n8n-nodes-langchain.agent', isN8n1x(env) ? 3 : 3.1, {
				promptType: 'define',
				text: 'Tell the customer in conversation 1 that the parcel ships today.',
				options: {},
			}),
			node('Chat Model', '@n8n/n8n-nodes-langchain.lmChatOpenAi', 1.2, { model: byId('gpt-4o-mini'), options: {} }, {
				credentials: { openAiApi: { id: openai.id, name: openai.name } },
			}),
			tool,
		], {
			Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
			[TOOL_NODE]: { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		}),
	];
}

/** The one request a tool run must make: the message, with the user token. */
function expectOneMessagePost(t, requests, env, args) {
	const got = requests.map((r) => [r.method, r.path, r.query, r.body]);
	const expected = [['POST', `/api/v1/accounts/1/conversations/${args.conversation_id}/messages`, {}, { content: args.content }]];
	t.expect(isDeepStrictEqual(got, expected), `expected ${JSON.stringify(expected)}\n  got ${JSON.stringify(got)}`);
	t.expect(requests[0].status === 200, `the fake answered ${requests[0].status} ${requests[0].rejected ?? ''}`);
	t.expect(requests[0].headers['api-access-token'] === env.tokens.user, 'not sent with the user token');
}

/** The message the fake stored for a tool run (the conversation is looked up by display ID). */
function storedMessage(fake, args) {
	const conversation = fake.state.conversations.find((c) => c.display_id === args.conversation_id && c.account_id === 1);
	return conversation && fake.state.messages.find((m) => m.conversation_id === conversation.id && m.content === args.content);
}

async function checks(env, t) {
	const { fake, ai, api } = env;

	await t.check(`AI tool: n8n serves the tool variant ${TOOL_TYPE} (ai_tool output, Tool Description, the node's parameters)`, () => {
		const all = env.nodeTypes;
		t.expect(Array.isArray(all), 'GET /types/nodes.json did not answer a list');
		const tool = all.find((d) => d.name === TOOL_TYPE);
		const base = all.find((d) => d.name === NODE_TYPE);
		t.expect(base, `${NODE_TYPE} is not served: the package did not load`);
		t.expect(tool, `${TOOL_TYPE} is not served (${all.filter((d) => d.name.startsWith(n8n.PACKAGE_NAME)).map((d) => d.name).join(', ')})`);
		t.expect(isDeepStrictEqual(tool.inputs, []) && isDeepStrictEqual(tool.outputs, ['ai_tool']), `inputs ${JSON.stringify(tool.inputs)}, outputs ${JSON.stringify(tool.outputs)}`);
		t.expect((tool.credentials || []).some((c) => c.name === 'chatWootApi'), 'the tool takes no chatWootApi credential');
		const names = new Set(tool.properties.map((p) => p.name));
		t.expect(names.has('toolDescription'), 'no Tool Description parameter');
		const missing = [...new Set(base.properties.map((p) => p.name))].filter((name) => !names.has(name));
		t.expect(missing.length === 0, `parameters of the node missing in the tool: ${missing.join(', ')}`);
		return `"${tool.displayName}", ${tool.properties.length} parameters`;
	});

	// (b) Execute step on the tool node, with values for its $fromAI parameters.
	let from = fake.requests.length;
	const modelCallsBefore = ai.requests.length;
	t.progress('AI tool: "Execute step" on the tool node (REST manual run with agentRequest)');
	const step = await api.tryRunManually(ID, {
		destinationNode: { nodeName: TOOL_NODE, mode: 'inclusive' },
		agentRequest: { query: isN8n1x(env) ? STEP_ARGS : { [TOOL_NAME]: STEP_ARGS }, tool: { name: TOOL_NAME } },
	});
	const stepRequests = fake.requests.slice(from);
	await t.check(`AI tool: "Execute step" on the tool with $fromAI values sends exactly POST .../conversations/${STEP_ARGS.conversation_id}/messages {content}`, () => {
		t.expect(step.status === 'success', `status ${step.status}: ${runError(step.data)}`);
		t.expect(ai.requests.length === modelCallsBefore, 'the model was called: this run must not involve it');
		expectOneMessagePost(t, stepRequests, env, STEP_ARGS);
		const message = storedMessage(fake, STEP_ARGS);
		t.expect(message, 'the fake holds no such message');
		const run = step.data.resultData.runData[TOOL_NODE]?.[0];
		t.expect(run, `the tool node did not run (nodes: ${Object.keys(step.data.resultData.runData).join(', ')})`);
		const args = run.inputOverride?.ai_tool?.[0]?.[0]?.json;
		t.expect(isDeepStrictEqual(args, STEP_ARGS), `the tool got ${JSON.stringify(args)}`);
		const response = items(step.data, TOOL_NODE, { type: 'ai_tool' })[0]?.json?.response;
		t.expect(Array.isArray(response) && response[0]?.id === message.id, `the tool answered ${JSON.stringify(response).slice(0, 200)}`);
		const executor = Object.keys(step.data.resultData.runData).find((name) => name !== 'Start' && name !== TOOL_NODE);
		return `run through ${executor}; message ${message.id}`;
	});

	// (c) The agent, with the scripted model.
	from = fake.requests.length;
	const modelFrom = ai.requests.length;
	t.progress('AI tool: running the AI Agent with the scripted model');
	const run = await api.tryRunManually(ID, { triggerToStartFrom: { name: 'Start' } });
	const agentRequests = fake.requests.slice(from);
	const modelCalls = ai.requests.slice(modelFrom).map((r) => r.body);

	await t.check('AI tool: the agent offers the model the tool with the $fromAI parameters as its argument schema', () => {
		t.expect(modelCalls.length >= 1, 'the model was never called');
		const offered = (modelCalls[0].tools || []).map((tool) => tool.function);
		const fn = offered.find((f) => f.name === TOOL_NAME);
		t.expect(fn, `tools offered: ${JSON.stringify(offered.map((f) => f.name))}`);
		const { properties, required } = fn.parameters || {};
		t.expect(
			isDeepStrictEqual(properties, {
				conversation_id: { type: 'number', description: 'Display ID of the conversation' },
				content: { type: 'string', description: 'Text of the message to send' },
			}),
			`schema properties ${JSON.stringify(properties)}`,
		);
		t.expect(isDeepStrictEqual([...(required || [])].sort(), ['content', 'conversation_id']), `required ${JSON.stringify(required)}`);
		t.expect(typeof fn.description === 'string' && fn.description.trim() !== '', 'the tool has no description');
		return `"${fn.name}": ${fn.description}`;
	});

	await t.check(`AI tool: the model's tool call sends exactly POST .../conversations/${AGENT_ARGS.conversation_id}/messages and the agent answers with Chatwoot's result`, () => {
		t.expect(run.status === 'success', `status ${run.status}: ${runError(run.data)}`);
		expectOneMessagePost(t, agentRequests, env, AGENT_ARGS);
		const message = storedMessage(fake, AGENT_ARGS);
		t.expect(message, 'the fake holds no such message');
		t.expect(modelCalls.length === 2, `the model was called ${modelCalls.length} times, expected 2 (tool call, final answer)`);
		const toolResult = (modelCalls[1].messages || []).find((m) => m.role === 'tool');
		t.expect(toolResult, 'the second model call carries no tool result');
		const result = JSON.parse(toolResult.content);
		t.expect(Array.isArray(result) && result[0]?.id === message.id && result[0]?.content === AGENT_ARGS.content, `tool result ${toolResult.content.slice(0, 200)}`);
		const output = items(run.data, 'AI Agent')[0]?.json?.output;
		t.expect(typeof output === 'string' && output.startsWith(MODEL_ANSWER_PREFIX) && output.includes(`"id":${message.id}`), `agent output ${JSON.stringify(output).slice(0, 200)}`);
		return `message ${message.id}; agent output starts "${output.slice(0, 40)}..."`;
	});
}

module.exports = { title: 'AI tool', workflows, checks, MODEL_SCRIPT };
