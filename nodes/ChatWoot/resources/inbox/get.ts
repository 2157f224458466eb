import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { inboxLocator, inboxPath } from './fields';

export const inboxGetRequest = buildRequest({ path: inboxPath });

export const inboxGetDescription: INodeProperties[] = [inboxLocator('get')];
