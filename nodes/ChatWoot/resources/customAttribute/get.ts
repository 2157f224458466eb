import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { customAttributeLocator, customAttributePath } from './fields';

export const customAttributeGetRequest = buildRequest({ path: customAttributePath });

export const customAttributeGetDescription: INodeProperties[] = [customAttributeLocator('get')];
