import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { integerBetween } from '../../shared/fields/numberChecks';
import { boolean, email, text, type Check } from '../../../shared/fields/validators';
import { ACCOUNT_URL, accountPath } from './fields';

const resolveAfterMinutes = integerBetween(10, 1439856);

// 0 switches auto-resolve off: Chatwoot stores null for "never".
const autoResolveAfter: Check<number | null> = (value, field, ctx) =>
	value === 0 || value === '0' ? null : resolveAfterMinutes(value, field, ctx);

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update the account',
	description: 'Change the name, locale, domain or auto-resolve settings of the account',
	method: 'PATCH',
	url: ACCOUNT_URL,
	request: {
		path: accountPath,
		body: {
			name: optional('accountUpdateFields.name', 'Name', text),
			locale: optional('accountUpdateFields.locale', 'Locale', text),
			domain: optional('accountUpdateFields.domain', 'Domain', text),
			support_email: optional('accountUpdateFields.support_email', 'Support Email', email),
			auto_resolve_after: optional('accountUpdateFields.auto_resolve_after', 'Auto Resolve After (Minutes)', autoResolveAfter),
			auto_resolve_message: optional('accountUpdateFields.auto_resolve_message', 'Auto Resolve Message', text),
			auto_resolve_ignore_waiting: optional(
				'accountUpdateFields.auto_resolve_ignore_waiting',
				'Auto Resolve Ignores Waiting',
				boolean,
			),
			industry: optional('accountUpdateFields.industry', 'Industry', text),
			company_size: optional('accountUpdateFields.company_size', 'Company Size', text),
			timezone: optional('accountUpdateFields.timezone', 'Timezone', text),
		},
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'accountUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				{
					displayName: 'Auto Resolve After (Minutes)',
					name: 'auto_resolve_after',
					type: 'number',
					default: 0,
					typeOptions: { minValue: 0, maxValue: 1439856, numberPrecision: 0 },
					description:
						'Resolve conversations inactive for this many minutes (10 to 1439856); 0 turns auto-resolve off',
				},
				{
					displayName: 'Auto Resolve Ignores Waiting',
					name: 'auto_resolve_ignore_waiting',
					type: 'boolean',
					default: false,
					description: 'Whether conversations waiting for an agent reply are left out of auto-resolve',
				},
				{
					displayName: 'Auto Resolve Message',
					name: 'auto_resolve_message',
					type: 'string',
					typeOptions: { rows: 2 },
					default: '',
					description: 'Message posted to a conversation when it is auto-resolved',
				},
				{
					displayName: 'Company Size',
					name: 'company_size',
					type: 'string',
					default: '',
					placeholder: 'e.g. 11-50',
				},
				{
					displayName: 'Domain',
					name: 'domain',
					type: 'string',
					default: '',
					placeholder: 'e.g. example.com',
					description: 'Domain used for the email channel of the account',
				},
				{
					displayName: 'Industry',
					name: 'industry',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Locale',
					name: 'locale',
					type: 'string',
					default: '',
					placeholder: 'e.g. en',
					description: 'Language code of the account, such as en, de, fr or pt_BR',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Support Email',
					name: 'support_email',
					type: 'string',
					default: '',
					placeholder: 'support@example.com',
				},
				{
					displayName: 'Timezone',
					name: 'timezone',
					type: 'string',
					default: '',
					placeholder: 'e.g. Europe/Berlin',
				},
			],
		},
	],
});
