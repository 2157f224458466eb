import type { INodeProperties } from 'n8n-workflow';
import { contactIdentifierField, inboxIdentifierField } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';
import { clientContactPath, showFor } from './fields';

export const clientContactGetRequest = buildRequest({ path: clientContactPath });

export const clientContactGetDescription: INodeProperties[] = [
	inboxIdentifierField(showFor('get')),
	contactIdentifierField(showFor('get')),
];
