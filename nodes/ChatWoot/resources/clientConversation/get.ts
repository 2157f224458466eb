import type { INodeProperties } from 'n8n-workflow';
import { clientFields } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';
import { conversationPath, showFor } from './fields';

export const clientConversationGetRequest = buildRequest({ path: conversationPath });

export const clientConversationGetDescription: INodeProperties[] = clientFields(showFor('get'), true);
