import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentBotIdField, agentBotIdPath } from './fields';

export const platformAgentBotGetRequest = buildRequest({ path: agentBotIdPath });

export const platformAgentBotGetDescription: INodeProperties[] = [agentBotIdField('get')];
