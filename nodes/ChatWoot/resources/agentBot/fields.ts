import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { idLocator } from '../../../shared/fields/locators';
import { integerBetween } from '../../shared/fields/numberChecks';
import { jsonObject, text, url } from '../../../shared/fields/validators';

export const AGENT_BOTS_URL = '/api/v1/accounts/{account_id}/agent_bots';
export const AGENT_BOT_URL = '/api/v1/accounts/{account_id}/agent_bots/{id}';

export const agentBotsPath = { account_id: ACCOUNT };
export const agentBotPath = { account_id: ACCOUNT, id: locator('agentBot', 'Agent Bot') };

export const agentBotLocator: INodeProperties = idLocator({
	name: 'agentBot',
	displayName: 'Agent Bot',
	searchListMethod: 'getAgentBots',
});

/** Optional bot settings shared by Create (Additional Fields) and Update (Update Fields). */
export function agentBotSettings(collection: string): Record<string, FieldSource> {
	return {
		description: optional(`${collection}.description`, 'Description', text),
		outgoing_url: optional(`${collection}.outgoing_url`, 'Outgoing URL', url),
		avatar_url: optional(`${collection}.avatar_url`, 'Avatar URL', url),
		bot_type: optional(`${collection}.bot_type`, 'Bot Type', integerBetween(0, 0)),
		bot_config: optional(`${collection}.bot_config`, 'Bot Config', jsonObject),
	};
}

export const agentBotSettingOptions: INodeProperties[] = [
	{
		displayName: 'Avatar URL',
		name: 'avatar_url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/bot.png',
		description: 'Address of a JPEG or PNG image Chatwoot downloads as the avatar',
	},
	{
		displayName: 'Bot Config',
		name: 'bot_config',
		type: 'json',
		default: '',
		description: 'JSON object with the configuration of the bot',
	},
	{
		displayName: 'Bot Type',
		name: 'bot_type',
		type: 'options',
		default: 0,
		options: [{ name: 'Webhook', value: 0 }],
		description: 'Webhook bots receive events at the outgoing URL (the only type Chatwoot has)',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Outgoing URL',
		name: 'outgoing_url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/bot-webhook',
		description: 'Webhook address that receives the events of conversations the bot handles',
	},
];
