import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { accountIdField, accountIdPath } from './fields';

export const platformAccountDeleteRequest = buildRequest({ path: accountIdPath });

export const platformAccountDeleteDescription: INodeProperties[] = [accountIdField('delete')];
