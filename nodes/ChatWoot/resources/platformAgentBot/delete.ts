import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentBotIdField, agentBotIdPath } from './fields';

export const platformAgentBotDeleteRequest = buildRequest({ path: agentBotIdPath });

export const platformAgentBotDeleteDescription: INodeProperties[] = [agentBotIdField('delete')];
