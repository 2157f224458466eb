import type { INodeProperties } from 'n8n-workflow';
import { clientFields } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';
import { conversationPath, showFor } from './fields';

// Despite the name, the client API only resolves (a resolved conversation stays resolved).
export const clientConversationToggleStatusRequest = buildRequest({ path: conversationPath });

export const clientConversationToggleStatusDescription: INodeProperties[] = clientFields(
	showFor('toggleStatus'),
	true,
);
