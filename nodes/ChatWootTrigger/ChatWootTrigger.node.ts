import {
	NodeApiError,
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
	type JsonObject,
} from 'n8n-workflow';
import { getAccounts } from '../ChatWoot/listSearch/getAccounts';
import { recordsOf } from '../ChatWoot/shared/listSearch';
import { accountLocator } from '../ChatWoot/shared/locators';
import { readAccount } from '../ChatWoot/shared/request';
import { chatwootApiRequest } from '../ChatWoot/shared/transport';
import { forgetDeliveries, isDuplicateDelivery } from './deliveries';
import { CHATWOOT_EVENTS } from '../ChatWoot/shared/events';
import { readOptions } from './options';
import { verifySignature } from './signature';

interface WebhookRecord {
	id: number;
	url: string;
	subscriptions?: string[];
	secret?: string;
}

/** Webhook records come as `{payload: {webhooks: [...]}}` from the server, bare in the spec. */
function webhooksOf(answer: unknown): WebhookRecord[] {
	return recordsOf(answer, ['payload.webhooks', 'payload', '']) as unknown as WebhookRecord[];
}

function webhookOf(answer: unknown): WebhookRecord {
	const data = answer as IDataObject;
	const payload = data?.payload as IDataObject | undefined;
	return (payload?.webhook ?? payload ?? answer) as WebhookRecord;
}

function sameEvents(a: string[] = [], b: string[] = []): boolean {
	return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Activation errors say what to check, not just the status code. */
async function registration<T>(ctx: IHookFunctions, accountId: number, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		const httpCode = String((error as NodeApiError).httpCode ?? '');
		const hints: Record<string, string> = {
			'401': 'Registering a Chatwoot webhook needs a User token (Token Kind "User") of an administrator of the account.',
			'403': `The token's user may not manage webhooks of account ${accountId}: it must be an administrator there.`,
			'404': `Account ${accountId} was not found: check the trigger's Account field or the credential's Account ID.`,
		};
		// A fresh error: NodeApiError hands back the original when given one, hints and all.
		throw new NodeApiError(ctx.getNode(), { message: (error as Error).message } as JsonObject, {
			message: (error as Error).message,
			description: hints[httpCode] ?? (error as NodeApiError).description ?? undefined,
			httpCode: httpCode || undefined,
		});
	}
}

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
							'Whether deliveries without a valid X-Chatwoot-Signature are refused (401) when a secret is known: the one Chatwoot returned on registration (4.11.2 and later) or Webhook Secret',
					},
					{
						displayName: 'Webhook Secret',
						name: 'webhookSecret',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description:
							'Secret of a webhook made by hand in Chatwoot, to verify signatures; not needed when the trigger registers the webhook itself',
					},
				],
			},
		],
	};

	methods = { listSearch: { getAccounts } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				readOptions(this); // bad options fail the activation, not each delivery
				const url = this.getNodeWebhookUrl('default') as string;
				const events = this.getNodeParameter('events') as string[];
				const accountId = await readAccount(this);
				const data = this.getWorkflowStaticData('node');
				const base = `/api/v1/accounts/${accountId}/webhooks`;
				const existing = await registration(this, accountId, async () =>
					webhooksOf(await chatwootApiRequest.call(this, 'GET', base)).find((w) => w.url === url),
				);
				if (!existing) {
					delete data.webhookId;
					return false;
				}
				data.webhookId = existing.id;
				data.accountId = accountId;
				if (existing.secret) data.secret = existing.secret;
				if (!sameEvents(existing.subscriptions, events)) {
					const updated = await registration(this, accountId, async () =>
						webhookOf(
							await chatwootApiRequest.call(this, 'PATCH', `${base}/${existing.id}`, {}, { url, subscriptions: events }),
						),
					);
					if (updated.secret) data.secret = updated.secret;
				}
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				readOptions(this);
				const url = this.getNodeWebhookUrl('default') as string;
				const events = this.getNodeParameter('events') as string[];
				if (!events.length) {
					throw new NodeApiError(this.getNode(), {}, { message: 'Events: choose at least one event' });
				}
				const accountId = await readAccount(this);
				const created = await registration(this, accountId, async () =>
					webhookOf(
						await chatwootApiRequest.call(this, 'POST', `/api/v1/accounts/${accountId}/webhooks`, {}, {
							url,
							subscriptions: events,
						}),
					),
				);
				const data = this.getWorkflowStaticData('node');
				data.webhookId = created.id;
				data.accountId = accountId;
				if (created.secret) data.secret = created.secret;
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				if (data.webhookId !== undefined) {
					const accountId = (data.accountId as number) ?? (await readAccount(this));
					try {
						await chatwootApiRequest.call(this, 'DELETE', `/api/v1/accounts/${accountId}/webhooks/${String(data.webhookId)}`);
					} catch (error) {
						// Already gone (deleted in Chatwoot by hand): nothing left to clean up.
						if (String((error as NodeApiError).httpCode) !== '404') {
							throw new NodeApiError(this.getNode(), error as JsonObject);
						}
					}
				}
				delete data.webhookId;
				delete data.accountId;
				delete data.secret;
				forgetDeliveries(`${this.getWorkflow().id ?? ''}:${this.getNode().id}`);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const headers = this.getHeaderData();
		const options = readOptions(this);
		const secret = options.webhookSecret || (this.getWorkflowStaticData('node').secret as string | undefined);

		if (options.verifySignature && secret) {
			const problem = verifySignature({
				secret,
				rawBody: request.rawBody ?? Buffer.from(JSON.stringify(this.getBodyData())),
				timestamp: headers['x-chatwoot-timestamp'] as string | undefined,
				signature: headers['x-chatwoot-signature'] as string | undefined,
				toleranceSeconds: options.timestampTolerance,
				nowSeconds: Math.floor(Date.now() / 1000),
			});
			if (problem) {
				this.getResponseObject().status(401).json({ message: `Signature check failed: ${problem}` });
				return { noWebhookResponse: true };
			}
		}

		const body = this.getBodyData();
		const events = this.getNodeParameter('events', []) as string[];
		if (!events.includes(String(body.event))) {
			return { webhookResponse: { received: true, ignored: `event ${String(body.event)} is not selected` } };
		}

		const deliveryId = headers['x-chatwoot-delivery'] as string | undefined;
		if (options.dropDuplicates && deliveryId) {
			const triggerKey = `${this.getWorkflow().id ?? ''}:${this.getNode().id}`;
			if (isDuplicateDelivery(triggerKey, deliveryId, Date.now())) {
				return { webhookResponse: { received: true, ignored: 'duplicate delivery' } };
			}
		}

		const json: IDataObject = options.includeHeaders ? { ...body, headers: headers as IDataObject } : body;
		return { workflowData: [this.helpers.returnJsonArray(json)] };
	}
}
