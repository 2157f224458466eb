import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { chatwootApiRequest } from '../shared/api/transport';
import { lifecycleRequest } from './registration';

interface AgentBotRecord {
	id: number;
	name?: string | null;
	outgoing_url?: string | null;
	secret?: string;
	system_bot?: boolean;
}

/**
 * What the trigger keeps in the node's static data about the agent bot it points at itself.
 * Only a bot that still posts to one of the trigger's URLs is changed back.
 */
export interface OwnAgentBot {
	agentBotId?: number;
	agentBotAccountId?: number;
	/** The outgoing URL the trigger set. */
	agentBotUrl?: string;
	/** The outgoing URL the bot had before ('' = none); absent when it already posted here. */
	previousBotUrl?: string;
	secret?: string;
	chatwootVersion?: string;
}

const botPath = (accountId: number, id: number) => `/api/v1/accounts/${accountId}/agent_bots/${id}`;

async function botRequest(
	ctx: IHookFunctions,
	accountId: number,
	id: number,
	body?: IDataObject,
): Promise<AgentBotRecord> {
	return await lifecycleRequest(
		ctx,
		async () =>
			(await chatwootApiRequest.call(ctx, body ? 'PATCH' : 'GET', botPath(accountId, id), {}, body)) as AgentBotRecord,
		{
			'401': "Pointing an agent bot at the trigger needs a User token (Token Kind \"User\") of an administrator of the bot's account.",
			'403': `The token's user may not change agent bots of account ${accountId}: it must be an administrator there.`,
			'404': `Agent bot ${id} was not found in account ${accountId}: pick one of the account's own bots (installation-wide bots cannot be changed from an account), and check the Account field.`,
		},
	);
}

function forgetBot(own: IDataObject): void {
	delete own.agentBotId;
	delete own.agentBotAccountId;
	delete own.agentBotUrl;
	delete own.previousBotUrl;
	delete own.secret;
	delete own.chatwootVersion;
}

function rememberSecret(own: IDataObject & OwnAgentBot, bot: AgentBotRecord): void {
	if (bot.secret) own.secret = bot.secret;
	else delete own.secret;
}

const isOwn = (bot: AgentBotRecord, own: OwnAgentBot, url: string) =>
	bot.outgoing_url === url || (own.agentBotUrl !== undefined && bot.outgoing_url === own.agentBotUrl);

/**
 * Deactivation, or another bot chosen: the bot the trigger pointed at itself gets back the
 * outgoing URL it had, if it still posts to the trigger; a bot someone pointed elsewhere since,
 * or deleted, is left alone.
 */
export async function releaseBot(ctx: IHookFunctions, own: IDataObject & OwnAgentBot, url: string): Promise<void> {
	if (own.agentBotId === undefined || own.agentBotAccountId === undefined) return;
	try {
		const bot = await botRequest(ctx, own.agentBotAccountId, own.agentBotId);
		if (isOwn(bot, own, url) && own.previousBotUrl !== undefined) {
			await botRequest(ctx, own.agentBotAccountId, own.agentBotId, { outgoing_url: own.previousBotUrl });
		}
	} catch (error) {
		// A bot deleted in Chatwoot has nothing to give back; other failures keep what is remembered.
		if (String((error as NodeApiError).httpCode) !== '404') throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
	forgetBot(own);
}

/**
 * n8n's checkExists: true when the chosen bot is the one the trigger pointed at itself and
 * still posts to it (moved to `url` when n8n's URL changed). A bot pointed elsewhere since is
 * forgotten: create() then decides whether it may be taken over.
 */
export async function ownBotExists(
	ctx: IHookFunctions,
	own: IDataObject & OwnAgentBot,
	accountId: number,
	botId: number,
	url: string,
): Promise<boolean> {
	if (own.agentBotId !== undefined && (own.agentBotId !== botId || own.agentBotAccountId !== accountId)) {
		await releaseBot(ctx, own, url);
	}
	if (own.agentBotId === undefined) return false;
	const bot = await botRequest(ctx, accountId, botId);
	if (!isOwn(bot, own, url)) {
		forgetBot(own);
		return false;
	}
	const current = bot.outgoing_url === url ? bot : await botRequest(ctx, accountId, botId, { outgoing_url: url });
	own.agentBotUrl = url;
	rememberSecret(own, current);
	return true;
}

function pointsElsewhere(ctx: IHookFunctions, accountId: number, bot: AgentBotRecord): NodeOperationError {
	const name = bot.name ? ` ("${bot.name}")` : '';
	return new NodeOperationError(
		ctx.getNode(),
		`Agent bot ${bot.id}${name} of account ${accountId} already posts to another URL, so the trigger does not take it over: ` +
			"pick a bot without an Outgoing URL, clear the bot's Outgoing URL in Chatwoot (Settings > Bots), " +
			'or turn on Options > Take Over Bot URL (the trigger then puts the URL back when the workflow is deactivated).',
		{ description: `Its Outgoing URL: ${String(bot.outgoing_url)}` },
	);
}

/**
 * n8n's create: points the bot's outgoing URL at the trigger and remembers the URL it had.
 * A bot that posts elsewhere is taken over only with `takeOver`.
 */
export async function takeOverBot(
	ctx: IHookFunctions,
	own: IDataObject & OwnAgentBot,
	accountId: number,
	botId: number,
	url: string,
	takeOver: boolean,
): Promise<void> {
	const bot = await botRequest(ctx, accountId, botId);
	if (bot.system_bot) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Agent bot ${botId} is an installation-wide bot: its Outgoing URL cannot be changed from account ${accountId}. Pick one of the account's own bots.`,
		);
	}
	const previous = bot.outgoing_url ?? '';
	if (previous !== '' && previous !== url && !takeOver) throw pointsElsewhere(ctx, accountId, bot);
	const current = previous === url ? bot : await botRequest(ctx, accountId, botId, { outgoing_url: url });
	forgetBot(own);
	own.agentBotId = botId;
	own.agentBotAccountId = accountId;
	own.agentBotUrl = url;
	if (previous !== url) own.previousBotUrl = previous;
	rememberSecret(own, current);
}
