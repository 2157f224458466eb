import type { INodeProperties } from 'n8n-workflow';
import { inboxIdentifier, inboxIdentifierField } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';

export const clientInboxGetRequest = buildRequest({ path: { inbox_identifier: inboxIdentifier('clientInbox') } });

export const clientInboxGetDescription: INodeProperties[] = [
	inboxIdentifierField('clientInbox', ['get']),
];
