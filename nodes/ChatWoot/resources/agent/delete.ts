import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentLocator, agentPath } from './fields';

export const agentDeleteRequest = buildRequest({ path: agentPath });

export const agentDeleteDescription: INodeProperties[] = [agentLocator('delete')];
