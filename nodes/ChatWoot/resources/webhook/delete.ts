import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { webhookLocator, webhookPath } from './fields';

export const webhookDeleteRequest = buildRequest({ path: webhookPath });

export const webhookDeleteDescription: INodeProperties[] = [webhookLocator('delete')];
