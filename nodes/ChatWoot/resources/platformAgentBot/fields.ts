import type { INodeProperties } from 'n8n-workflow';
import { numericIdField } from '../../../shared/fields/locators';
import { optional, required, type FieldSource } from '../../shared/request/fieldSources';
import { positiveInteger, text, url } from '../../../shared/fields/validators';

export const AGENT_BOTS_URL = '/platform/api/v1/agent_bots';
export const AGENT_BOT_URL = '/platform/api/v1/agent_bots/{id}';

export const agentBotIdPath = { id: required('agentBotId', 'Agent Bot ID', positiveInteger) };

/** The agent bot, one field for every operation on an existing bot. */
export const agentBotIdField = numericIdField({ displayName: 'Agent Bot ID', name: 'agentBotId' });

/** Optional bot settings shared by Create (Additional Fields) and Update (Update Fields). */
export function agentBotSettings(collection: string): Record<string, FieldSource> {
	return {
		description: optional(`${collection}.description`, 'Description', text),
		outgoing_url: optional(`${collection}.outgoing_url`, 'Outgoing URL', url),
		account_id: optional(`${collection}.account_id`, 'Account ID', positiveInteger),
		avatar_url: optional(`${collection}.avatar_url`, 'Avatar URL', url),
	};
}

export const agentBotSettingOptions: INodeProperties[] = [
	{
		displayName: 'Account ID',
		name: 'account_id',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'Makes the bot private to this account; without it the bot is available to every account',
	},
	{
		displayName: 'Avatar URL',
		name: 'avatar_url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/bot.png',
		description: 'Address of a JPEG or PNG image Chatwoot downloads as the avatar',
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
