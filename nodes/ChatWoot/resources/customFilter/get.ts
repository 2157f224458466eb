import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { customFilterLocator, customFilterPath } from './fields';

export const customFilterGetRequest = buildRequest({ path: customFilterPath });

export const customFilterGetDescription: INodeProperties[] = [customFilterLocator('get')];
