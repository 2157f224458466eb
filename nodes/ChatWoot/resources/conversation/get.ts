import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { conversationLocator, conversationPath } from './fields';

export const conversationGetRequest = buildRequest({ path: conversationPath });

export const conversationGetDescription: INodeProperties[] = [conversationLocator(['get'])];
