import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { contactLocator, contactPath } from './fields';

export const contactGetRequest = buildRequest({ path: contactPath });

export const contactGetDescription: INodeProperties[] = [contactLocator(['get'])];
