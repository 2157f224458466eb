import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentBotLocator, agentBotPath } from './fields';

export const agentBotDeleteRequest = buildRequest({ path: agentBotPath });

export const agentBotDeleteDescription: INodeProperties[] = [agentBotLocator('delete')];
