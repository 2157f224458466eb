import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { invalid, requiredText, type Check } from '../../../shared/fields/validators';
import { MESSAGE_URL, messageConversationLocator, messageLocator, messagePath } from './fields';

/** A language code as Google Translate takes it: es, de, pt-BR, zh-CN. */
const languageCode: Check<string> = (value, field, ctx) => {
	const code = requiredText(value, field, ctx).trim();
	if (!/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/.test(code)) throw invalid(ctx, field, `must be a language code like es or pt-BR, got "${code}"`);
	return code;
};

export const translate = defineOperation({
	value: 'translate',
	name: 'Translate',
	action: 'Translate a message',
	description: "Translate a message with the account's Google Translate integration; outputs the translated content",
	method: 'POST',
	url: `${MESSAGE_URL}/translate`,
	request: {
		path: messagePath,
		body: { target_language: required('messageTargetLanguage', 'Target Language', languageCode) },
	},
	fields: [
		messageConversationLocator,
		messageLocator,
		{
			displayName: 'Target Language',
			name: 'messageTargetLanguage',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. es',
			description: 'Language code to translate into (es, de, pt-BR...). A message already translated into it answers with no content.',
		},
	],
});
