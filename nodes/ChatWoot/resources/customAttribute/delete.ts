import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { customAttributeLocator, customAttributePath } from './fields';

export const customAttributeDeleteRequest = buildRequest({ path: customAttributePath });

export const customAttributeDeleteDescription: INodeProperties[] = [customAttributeLocator('delete')];
