import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, required } from '../../shared/request';
import { oneOf } from '../../shared/validators';
import { PRIORITIES, conversationPath, priorityOptions, showFor } from './fields';

export const conversationTogglePriorityRequest = buildRequest({
	path: conversationPath,
	body: { priority: required('priority', 'Priority', oneOf(PRIORITIES)) },
});

export const conversationTogglePriorityDescription: INodeProperties[] = [
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		required: true,
		options: priorityOptions,
		default: 'none',
		description: 'None clears the priority',
		displayOptions: { show: showFor('togglePriority') },
	},
];
