import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { contactLocator, contactPath } from './fields';

export const contactGetContactableInboxesRequest = buildRequest({ path: contactPath });

export const contactGetContactableInboxesDescription: INodeProperties[] = [
	contactLocator(['getContactableInboxes']),
	...returnAllAndLimit('contact', ['getContactableInboxes']),
];
