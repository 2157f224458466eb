import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { userIdField, userIdPath } from './fields';

export const platformUserGetRequest = buildRequest({ path: userIdPath });

export const platformUserGetDescription: INodeProperties[] = [userIdField('get')];
