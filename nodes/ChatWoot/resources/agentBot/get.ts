import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentBotLocator, agentBotPath } from './fields';

export const agentBotGetRequest = buildRequest({ path: agentBotPath });

export const agentBotGetDescription: INodeProperties[] = [agentBotLocator('get')];
