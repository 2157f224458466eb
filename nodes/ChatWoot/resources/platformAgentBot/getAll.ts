import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/routing';
import { buildRequest } from '../../shared/request';

// Chatwoot answers with every agent bot at once (no pagination).
export const platformAgentBotGetAllRequest = buildRequest({});

export const platformAgentBotGetAllDescription: INodeProperties[] = returnAllAndLimit('platformAgentBot', ['getAll']);
