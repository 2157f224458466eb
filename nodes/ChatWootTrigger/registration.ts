import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { recordsOf } from '../ChatWoot/listSearch/searchRecords';
import { readAccount } from '../shared/fields/reads';
import { chatwootApiRequest } from '../shared/api/transport';

export interface WebhookRecord {
	id: number;
	url: string;
	name?: string | null;
	subscriptions?: string[];
	secret?: string;
}

/**
 * What the trigger keeps in the node's static data about the webhook it created. Only a
 * webhook with this ID and one of our URLs is ever changed or deleted.
 */
export interface OwnWebhook {
	webhookId?: number;
	/** The URL it was registered with; absent in data saved before it was remembered. */
	webhookUrl?: string;
	accountId?: number;
	secret?: string;
	/** Chatwoot's version, asked only when registration gave no secret (see signing.ts). */
	chatwootVersion?: string;
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

function pathOf(url: string): string | undefined {
	try {
		return new URL(url).pathname;
	} catch {
		return undefined;
	}
}

/**
 * The webhook the trigger created, if `record` is it: the remembered ID, pointing at the
 * remembered URL or the current one. Data saved before the URL was remembered only match on
 * the path: n8n's `/webhook/<node's webhook id>/webhook` stays when the host changes.
 */
function isOwn(record: WebhookRecord, own: OwnWebhook, currentUrl: string): boolean {
	if (own.webhookId === undefined || record.id !== own.webhookId) return false;
	if (record.url === currentUrl || (own.webhookUrl !== undefined && record.url === own.webhookUrl)) return true;
	return own.webhookUrl === undefined && pathOf(record.url) !== undefined && pathOf(record.url) === pathOf(currentUrl);
}

/**
 * Chatwoot's 422 about the URL the trigger registers, explained. A taken URL is another
 * webhook's; any other refusal of the URL is most likely Chatwoot 4.14's rule for webhook
 * addresses, which its own server settings relax. In the message: activation errors show
 * only that.
 */
function urlRefused(message: string, accountId: number, url: string): string {
	if (/already been taken/i.test(message)) {
		return `${message}. Account ${accountId} already has a webhook with this trigger's URL that this trigger did not create: delete it in Chatwoot (Settings > Integrations > Webhooks), then activate the workflow again.`;
	}
	return (
		`${message}. This trigger's URL is ${url}. Chatwoot 4.14 and later refuse webhook URLs on private networks or without a public hostname unless the Chatwoot server allows them: ` +
		'set SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true, or add the host to WEBHOOK_ALLOWED_PRIVATE_HOSTS or its network to WEBHOOK_ALLOWED_PRIVATE_CIDRS, in the Chatwoot server\'s environment (web and Sidekiq); ' +
		"or give n8n an address Chatwoot may post to (n8n's WEBHOOK_URL)."
	);
}

/**
 * Runs a request of the trigger's lifecycle. A failure becomes an error that says what to
 * check: `hints` per HTTP status, `explain` rewrites the message.
 */
export async function lifecycleRequest<T>(
	ctx: IHookFunctions,
	run: () => Promise<T>,
	hints: Record<string, string>,
	explain: (httpCode: string, message: string) => string = (_httpCode, message) => message,
): Promise<T> {
	try {
		return await run();
	} catch (error) {
		const httpCode = String((error as NodeApiError).httpCode ?? '');
		const message = explain(httpCode, (error as Error).message);
		// A fresh error: NodeApiError hands back the original when given one, hints and all.
		throw new NodeApiError(ctx.getNode(), { message } as JsonObject, {
			message,
			description: hints[httpCode] ?? (error as NodeApiError).description ?? undefined,
			httpCode: httpCode || undefined,
		});
	}
}

/** Activation errors say what to check, not just the status code; `url`: the URL being registered. */
async function registration<T>(ctx: IHookFunctions, accountId: number, run: () => Promise<T>, url?: string): Promise<T> {
	return await lifecycleRequest(
		ctx,
		run,
		{
			'401': 'Registering a Chatwoot webhook needs a User token (Token Kind "User") of an administrator of the account.',
			'403': `The token's user may not manage webhooks of account ${accountId}: it must be an administrator there.`,
			'404': `Account ${accountId} was not found: check the trigger's Account field or the credential's Account ID.`,
		},
		(httpCode, message) =>
			httpCode === '422' && url !== undefined && /\burl\b/i.test(message) ? urlRefused(message, accountId, url) : message,
	);
}

function webhooksPath(accountId: number, id?: number): string {
	return `/api/v1/accounts/${accountId}/webhooks${id === undefined ? '' : `/${id}`}`;
}

async function listWebhooks(ctx: IHookFunctions, accountId: number): Promise<WebhookRecord[]> {
	return await registration(ctx, accountId, async () =>
		webhooksOf(await chatwootApiRequest.call(ctx, 'GET', webhooksPath(accountId))),
	);
}

async function deleteWebhook(ctx: IHookFunctions, accountId: number, id: number): Promise<void> {
	try {
		await chatwootApiRequest.call(ctx, 'DELETE', webhooksPath(accountId, id));
	} catch (error) {
		// Already gone (deleted in Chatwoot by hand): nothing left to clean up.
		if (String((error as NodeApiError).httpCode) !== '404') {
			throw new NodeApiError(ctx.getNode(), error as JsonObject);
		}
	}
}

function forget(own: IDataObject): void {
	delete own.webhookId;
	delete own.webhookUrl;
	delete own.accountId;
	delete own.secret;
	delete own.chatwootVersion;
}

function remember(own: IDataObject, accountId: number, record: WebhookRecord, url: string): void {
	own.webhookId = record.id;
	own.webhookUrl = url;
	own.accountId = accountId;
	if (record.secret) own.secret = record.secret;
}

function takenByAnother(ctx: IHookFunctions, accountId: number, other: WebhookRecord): NodeOperationError {
	const name = other.name ? `, "${other.name}"` : '';
	return new NodeOperationError(
		ctx.getNode(),
		`Account ${accountId} already has a webhook with this trigger's URL (webhook ${other.id}${name}) that this trigger did not create. ` +
			'Chatwoot allows one webhook per URL in an account, so the trigger neither takes it over nor adds a second one: ' +
			`delete webhook ${other.id} in Chatwoot (Settings > Integrations > Webhooks), then activate the workflow again.`,
		{ description: `Its URL: ${other.url}` },
	);
}

/** Deletes the webhook the trigger created in `accountId`, if it is still there and still ours. */
async function removeOwnWebhook(ctx: IHookFunctions, own: OwnWebhook, accountId: number, url: string): Promise<void> {
	const webhooks = await listWebhooks(ctx, accountId);
	const found = webhooks.find((record) => isOwn(record, own, url));
	if (found) await deleteWebhook(ctx, accountId, found.id);
}

/**
 * n8n's checkExists: true when the trigger's own webhook is registered at `url` with `events`
 * (moving it there, or updating its events, first). Another's webhook with our URL fails the
 * activation: it is neither taken over nor changed.
 */
export async function ownWebhookExists(
	ctx: IHookFunctions,
	own: IDataObject & OwnWebhook,
	accountId: number,
	url: string,
	events: string[],
): Promise<boolean> {
	if (own.webhookId !== undefined && own.accountId !== undefined && own.accountId !== accountId) {
		// The Account changed: the webhook in the previous account would keep posting here.
		await removeOwnWebhook(ctx, own, own.accountId, url);
		forget(own);
	}
	const webhooks = await listWebhooks(ctx, accountId);
	const existing = webhooks.find((record) => isOwn(record, own, url));
	const other = webhooks.find((record) => record.url === url && record !== existing);
	if (other) {
		// Ours still points at the old URL, where nothing listens for it any more.
		if (existing) await deleteWebhook(ctx, accountId, existing.id);
		forget(own);
		throw takenByAnother(ctx, accountId, other);
	}
	if (!existing) {
		forget(own);
		return false;
	}
	let current = existing;
	if (existing.url !== url || !sameEvents(existing.subscriptions, events)) {
		current = await registration(ctx, accountId, async () =>
			webhookOf(
				await chatwootApiRequest.call(ctx, 'PATCH', webhooksPath(accountId, existing.id), {}, { url, subscriptions: events }),
			),
			url,
		);
	}
	remember(own, accountId, { ...existing, ...current }, url);
	return true;
}

/** n8n's create: registers the trigger's webhook and remembers it. */
export async function createOwnWebhook(
	ctx: IHookFunctions,
	own: IDataObject & OwnWebhook,
	accountId: number,
	url: string,
	events: string[],
): Promise<void> {
	const created = await registration(
		ctx,
		accountId,
		async () => webhookOf(await chatwootApiRequest.call(ctx, 'POST', webhooksPath(accountId), {}, { url, subscriptions: events })),
		url,
	);
	remember(own, accountId, created, url);
}

/** n8n's delete: removes the trigger's own webhook, never another. */
export async function deleteOwnWebhook(ctx: IHookFunctions, own: IDataObject & OwnWebhook, url: string): Promise<void> {
	if (own.webhookId !== undefined) await removeOwnWebhook(ctx, own, own.accountId ?? (await readAccount(ctx)), url);
	forget(own);
}
