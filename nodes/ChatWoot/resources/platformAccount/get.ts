import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { accountIdField, accountIdPath } from './fields';

export const platformAccountGetRequest = buildRequest({ path: accountIdPath });

export const platformAccountGetDescription: INodeProperties[] = [accountIdField('get')];
