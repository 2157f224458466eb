import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { cannedResponseLocator, cannedResponsePath } from './fields';

export const cannedResponseDeleteRequest = buildRequest({ path: cannedResponsePath });

export const cannedResponseDeleteDescription: INodeProperties[] = [cannedResponseLocator('delete')];
