import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { userIdField, userIdPath } from './fields';

export const platformUserDeleteRequest = buildRequest({ path: userIdPath });

export const platformUserDeleteDescription: INodeProperties[] = [userIdField('delete')];
