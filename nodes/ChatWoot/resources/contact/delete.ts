import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { contactLocator, contactPath } from './fields';

export const contactDeleteRequest = buildRequest({ path: contactPath });

export const contactDeleteDescription: INodeProperties[] = [contactLocator(['delete'])];
