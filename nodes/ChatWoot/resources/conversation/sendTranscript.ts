import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { email } from '../../../shared/fields/validators';
import { CONVERSATION_ACTION_URL, conversationActionPath, conversationLocator } from './fields';

export const sendTranscript = defineOperation({
	value: 'sendTranscript',
	name: 'Send Transcript',
	action: 'Email the transcript of a conversation',
	description: "Email the conversation's messages to an address (needs a plan with email transcripts)",
	method: 'POST',
	url: `${CONVERSATION_ACTION_URL}/transcript`,
	request: { path: conversationActionPath, body: { email: required('transcriptEmail', 'Email', email) } },
	fields: [
		conversationLocator,
		{
			displayName: 'Email',
			name: 'transcriptEmail',
			type: 'string',
			placeholder: 'e.g. nathan@example.com',
			required: true,
			default: '',
			description: 'Address the transcript goes to',
		},
	],
});
