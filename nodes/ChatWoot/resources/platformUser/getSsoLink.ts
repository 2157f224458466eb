import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { userIdField, userIdPath } from './fields';

export const platformUserGetSsoLinkRequest = buildRequest({ path: userIdPath });

export const platformUserGetSsoLinkDescription: INodeProperties[] = [userIdField('getSsoLink')];
