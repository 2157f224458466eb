import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { conversationLocator, conversationPath } from './fields';

// Chatwoot answers with every event of the conversation at once, oldest first.
export const conversationGetReportingEventsRequest = buildRequest({ path: conversationPath });

export const conversationGetReportingEventsDescription: INodeProperties[] = [
	conversationLocator(['getReportingEvents']),
	...returnAllAndLimit('conversation', ['getReportingEvents']),
];
