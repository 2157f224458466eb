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
import { accountLocator } from '../ChatWoot/shared/locators';
import { readAccount } from '../ChatWoot/shared/request';
import { forgetDeliveries, isDuplicateDelivery } from './deliveries';
import { CHATWOOT_EVENTS } from '../ChatWoot/shared/events';
import { readOptions } from './options';
import { createOwnWebhook, deleteOwnWebhook, ownWebhookExists, type OwnWebhook } from './registration';
import { checkSigning, deliveryProblem } from './signing';

const webhookUrl = (ctx: IHookFunctions) => ctx.getNodeWebhookUrl('default') as string;
const selectedEvents = (ctx: IHookFunctions) => ctx.getNodeParameter('events') as string[];
/** The node's static data: the webhook the trigger created, and what it knows about signing. */
const ownWebhook = (ctx: IHookFunctions | IWebhookFunctions) => ctx.getWorkflowStaticData('node') as IDataObject & OwnWebhook;
/** Deliveries seen are remembered per trigger node of a workflow. */
const triggerKey = (ctx: IHookFunctions | IWebhookFunctions) => `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}`;

export class ChatWootTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot Trigger',
		name: 'chatWootTrigger',
		icon: { light: 'file:../ChatWoot/chatwoot.svg', dark: 'file:../ChatWoot/chatwoot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
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
				...accountLocator([]),
				displayOptions: undefined,
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['message_created'],
				options: CHATWOOT_EVENTS,
				description: 'The events that start the workflow. At least one.',
			},
			{
				displayName:
					"Chatwoot signs its deliveries from version 4.11.2 on. With an older Chatwoot, or with Verify Signature off, the trigger cannot tell a forged delivery from a real one: it accepts them, and n8n's log says so. Options > Require Signature > Always refuses them instead.",
				name: 'signatureNotice',
				type: 'notice',
				default: '',
			},
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
							"Secret to check signatures with, instead of the one Chatwoot returned when the trigger registered its webhook; only needed when Chatwoot returns none",
					},
				],
			},
		],
	};

	methods = { listSearch: { getAccounts } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const options = readOptions(this); // bad options fail the activation, not each delivery
				const accountId = await readAccount(this);
				const own = ownWebhook(this);
				if (!(await ownWebhookExists(this, own, accountId, webhookUrl(this), selectedEvents(this)))) return false;
				await checkSigning(this, own, options);
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const options = readOptions(this);
				const events = selectedEvents(this);
				if (!events.length) {
					throw new NodeApiError(this.getNode(), {}, { message: 'Events: choose at least one event' });
				}
				const accountId = await readAccount(this);
				const own = ownWebhook(this);
				await createOwnWebhook(this, own, accountId, webhookUrl(this), events);
				await checkSigning(this, own, options);
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				await deleteOwnWebhook(this, ownWebhook(this), webhookUrl(this));
				forgetDeliveries(triggerKey(this));
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const headers = this.getHeaderData();
		const options = readOptions(this);
		const problem = deliveryProblem(this, options, ownWebhook(this), triggerKey(this));
		if (problem) {
			this.getResponseObject().status(401).json({ message: `Signature check failed: ${problem}` });
			return { noWebhookResponse: true };
		}

		const body = this.getBodyData();
		const events = this.getNodeParameter('events', []) as string[];
		if (!events.includes(String(body.event))) {
			return { webhookResponse: { received: true, ignored: `event ${String(body.event)} is not selected` } };
		}

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
