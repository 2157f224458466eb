import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { customFilterLocator, customFilterPath } from './fields';

export const customFilterDeleteRequest = buildRequest({ path: customFilterPath });

export const customFilterDeleteDescription: INodeProperties[] = [customFilterLocator('delete')];
