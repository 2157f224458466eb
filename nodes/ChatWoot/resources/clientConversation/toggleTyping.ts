import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, required } from '../../shared/request';
import { oneOf } from '../../shared/validators';
import { conversationPath, showFor } from './fields';

const typingStatus = required('clientConversationTypingStatus', 'Typing Status', oneOf(['off', 'on'] as const));

// The spec lists typing_status both as a query parameter and in the body; the controller
// reads params[:typing_status], which either fills, so both carry it.
export const clientConversationToggleTypingRequest = buildRequest({
	path: conversationPath,
	query: { typing_status: typingStatus },
	body: { typing_status: typingStatus },
});

export const clientConversationToggleTypingDescription: INodeProperties[] = [
	{
		displayName: 'Typing Status',
		name: 'clientConversationTypingStatus',
		type: 'options',
		required: true,
		default: 'on',
		options: [
			{ name: 'Off', value: 'off', description: 'The contact stopped typing' },
			{ name: 'On', value: 'on', description: 'Agents see the contact typing' },
		],
		displayOptions: { show: showFor('toggleTyping') },
	},
];
