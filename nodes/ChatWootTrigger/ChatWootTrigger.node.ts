import {
	NodeApiError,
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { getAccounts } from '../ChatWoot/listSearch/getAccounts';
import { getAgentBots } from '../ChatWoot/listSearch/getAgentBots';
import { getInboxOptions } from '../ChatWoot/loadOptions/getInboxOptions';
import { accountLocator, idLocator } from '../shared/fields/locators';
import { readAccount, readLocatorId } from '../shared/fields/reads';
import { releaseBot, ownBotExists, takeOverBot, type OwnAgentBot } from './agentBot';
import { forgetDeliveries, isDuplicateDelivery } from './deliveries';
import { CHATWOOT_EVENTS } from '../shared/api/events';
import { FILTER_PROPERTIES, filteredOut, readFilters } from './filters';
import { readOptions } from './options';
import { createOwnWebhook, deleteOwnWebhook, ownWebhookExists, type OwnWebhook } from './registration';
import { checkSigning, deliveryProblem, SIGNERS } from './signing';
import { AGENT_BOT_EVENTS, readEvents, readSource } from './sources';

const webhookUrl = (ctx: IHookFunctions) => ctx.getNodeWebhookUrl('default') as string;
/**
 * The node's static data: the webhook the trigger created or the agent bot it points at
 * itself, and what it knows about signing.
 */
const ownWebhook = (ctx: IHookFunctions | IWebhookFunctions) =>
	ctx.getWorkflowStaticData('node') as IDataObject & OwnWebhook & OwnAgentBot;
const showFor = (source: string) => ({ show: { source: [source] } });
/** Deliveries seen are remembered per trigger node of a workflow. */
const triggerKey = (ctx: IHookFunctions | IWebhookFunctions) => `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`;

export class ChatWootTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot Trigger',
		name: 'chatWootTrigger',
		icon: { light: 'file:../ChatWoot/chatwoot.svg', dark: 'file:../ChatWoot/chatwoot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{$parameter["source"] === "agentBot" ? "Agent bot: " + ($parameter["agentBotEvents"] || []).join(", ") : ($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when something happens in ChatWoot',
		defaults: { name: 'ChatWoot Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chatWootApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// An empty 200 for accepted deliveries: Chatwoot reads only the status, and without
				// this n8n answers with the literal text "firstEntryJson".
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Account Webhook',
						value: 'accountWebhook',
						description: 'The trigger registers a webhook of the account for the selected events',
					},
					{
						name: 'Agent Bot',
						value: 'agentBot',
						description:
							"The trigger becomes an agent bot's Outgoing URL: events of the inboxes the bot is connected to",
					},
				],
				default: 'accountWebhook',
			},
			{
				...accountLocator([]),
				displayOptions: undefined,
			},
			{
				...idLocator({
					name: 'agentBot',
					displayName: 'Agent Bot',
					searchListMethod: 'getAgentBots',
					show: { source: ['agentBot'] },
				}),
				description:
					"The account's bot to answer as. Activation points its Outgoing URL at this workflow and deactivation puts the previous URL back. Connect the bot to inboxes in Chatwoot (Settings > Inboxes > Bot Configuration).",
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['message_created'],
				options: CHATWOOT_EVENTS,
				description: 'The events that start the workflow. At least one.',
				displayOptions: showFor('accountWebhook'),
			},
			{
				displayName: 'Events',
				name: 'agentBotEvents',
				type: 'multiOptions',
				required: true,
				default: ['message_created'],
				options: AGENT_BOT_EVENTS,
				description: 'The events Chatwoot sends the bot that start the workflow. At least one.',
				displayOptions: showFor('agentBot'),
			},
			{
				displayName:
					"Chatwoot signs its deliveries from version 4.11.2 on. With an older Chatwoot, or with Verify Signature off, the trigger cannot tell a forged delivery from a real one: it accepts them, and n8n's log says so. Options > Require Signature > Always refuses them instead.",
				name: 'signatureNotice',
				type: 'notice',
				default: '',
				displayOptions: showFor('accountWebhook'),
			},
			{
				displayName:
					"Chatwoot waits 5 seconds for the answer to a bot's delivery; on an error it reopens the conversation with an error note. The trigger answers at once, before the workflow runs: do not answer with Respond to Webhook. Chatwoot signs bot deliveries from 4.13.0 on.",
				name: 'agentBotNotice',
				type: 'notice',
				default: '',
				displayOptions: showFor('agentBot'),
			},
			...FILTER_PROPERTIES,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Drop Duplicates',
						name: 'dropDuplicates',
						type: 'boolean',
						default: true,
						description:
							'Whether a delivery Chatwoot retries (same X-Chatwoot-Delivery ID, within an hour) is ignored instead of starting the workflow again',
					},
					{
						displayName: 'Include Headers',
						name: 'includeHeaders',
						type: 'boolean',
						default: false,
						description: 'Whether the output item gets the request headers under "headers"',
					},
					{
						displayName: 'Require Signature',
						name: 'requireSignature',
						type: 'options',
						options: [
							{
								name: 'Always',
								value: 'always',
								description:
									'Deliveries without a valid signature are always refused; activation fails when Chatwoot gives no secret',
							},
							{
								name: 'If Chatwoot Signs',
								value: 'ifChatwootSigns',
								description:
									'Refused when Chatwoot signs its deliveries (4.11.2 and later); accepted from an older Chatwoot, with a warning in the log',
							},
						],
						default: 'ifChatwootSigns',
						description: 'When deliveries without a valid X-Chatwoot-Signature are refused (401), while Verify Signature is on',
					},
					{
						displayName: 'Take Over Bot URL',
						name: 'takeOverBotUrl',
						type: 'boolean',
						default: false,
						displayOptions: { show: { '/source': ['agentBot'] } },
						description:
							'Whether activation may point a bot that already posts to another URL at this workflow. The previous URL is put back on deactivation.',
					},
					{
						displayName: 'Timestamp Tolerance',
						name: 'timestampTolerance',
						type: 'number',
						default: 300,
						typeOptions: { minValue: 0 },
						description:
							'Seconds a signed delivery may be old (or early) before it is refused; 0 turns the check off',
					},
					{
						displayName: 'Verify Signature',
						name: 'verifySignature',
						type: 'boolean',
						default: true,
						description:
							'Whether signatures are checked, with the secret Chatwoot returned on registration (4.11.2 and later) or Webhook Secret. Off: every delivery is accepted.',
					},
					{
						displayName: 'Webhook Secret',
						name: 'webhookSecret',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description:
							"Secret to check signatures with, instead of the one Chatwoot returned for the trigger's webhook or agent bot; only needed when Chatwoot returns none",
					},
				],
			},
		],
	};

	methods = { listSearch: { getAccounts, getAgentBots }, loadOptions: { getInboxOptions } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// Bad options or filters fail the activation, not each delivery.
				const options = readOptions(this);
				const source = readSource(this);
				readFilters(this, source);
				const accountId = await readAccount(this);
				const own = ownWebhook(this);
				const url = webhookUrl(this);
				if (source === 'agentBot') {
					// The webhook of the Account Webhook source, if it was that before.
					await deleteOwnWebhook(this, own, url);
					if (!(await ownBotExists(this, own, accountId, readLocatorId(this, 'agentBot', 'Agent Bot'), url))) return false;
				} else {
					await releaseBot(this, own, url);
					if (!(await ownWebhookExists(this, own, accountId, url, readEvents(this, source)))) return false;
				}
				await checkSigning(this, own, options, SIGNERS[source]);
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const options = readOptions(this);
				const source = readSource(this);
				const events = readEvents(this, source);
				if (!events.length) {
					throw new NodeApiError(this.getNode(), {}, { message: 'Events: choose at least one event' });
				}
				const accountId = await readAccount(this);
				const own = ownWebhook(this);
				if (source === 'agentBot') {
					const botId = readLocatorId(this, 'agentBot', 'Agent Bot');
					await takeOverBot(this, own, accountId, botId, webhookUrl(this), options.takeOverBotUrl);
				} else {
					await createOwnWebhook(this, own, accountId, webhookUrl(this), events);
				}
				await checkSigning(this, own, options, SIGNERS[source]);
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const own = ownWebhook(this);
				await releaseBot(this, own, webhookUrl(this));
				await deleteOwnWebhook(this, own, webhookUrl(this));
				forgetDeliveries(triggerKey(this));
				return true;
			},
		},
	};

	/**
	 * Answered at once (responseMode onReceived): Chatwoot gives an agent bot 5 seconds and
	 * treats a slower answer as a failure.
	 */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const headers = this.getHeaderData();
		const options = readOptions(this);
		const source = readSource(this);
		const problem = deliveryProblem(this, options, ownWebhook(this), triggerKey(this), SIGNERS[source]);
		if (problem) {
			this.getResponseObject().status(401).json({ message: `Signature check failed: ${problem}` });
			return { noWebhookResponse: true };
		}

		const body = this.getBodyData();
		if (!readEvents(this, source).includes(String(body.event))) {
			return { webhookResponse: { received: true, ignored: `event ${String(body.event)} is not selected` } };
		}
		const dropped = filteredOut(body, readFilters(this, source));
		if (dropped) return { webhookResponse: { received: true, ignored: dropped } };

		const deliveryId = headers['x-chatwoot-delivery'] as string | undefined;
		if (options.dropDuplicates && deliveryId) {
			if (isDuplicateDelivery(triggerKey(this), deliveryId, Date.now())) {
				return { webhookResponse: { received: true, ignored: 'duplicate delivery' } };
			}
		}

		const json: IDataObject = options.includeHeaders ? { ...body, headers: headers as IDataObject } : body;
		return { workflowData: [this.helpers.returnJsonArray(json)] };
	}
}
