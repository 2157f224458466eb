import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { hookLocator, hookPath } from './fields';

export const integrationDeleteHookRequest = buildRequest({ path: hookPath });

export const integrationDeleteHookDescription: INodeProperties[] = [hookLocator('deleteHook')];
