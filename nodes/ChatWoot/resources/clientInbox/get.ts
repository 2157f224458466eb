import type { INodeProperties } from 'n8n-workflow';
import { INBOX_IDENTIFIER, inboxIdentifierField } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';

export const clientInboxGetRequest = buildRequest({ path: { inbox_identifier: INBOX_IDENTIFIER } });

export const clientInboxGetDescription: INodeProperties[] = [
	inboxIdentifierField({ resource: ['clientInbox'], operation: ['get'] }),
];
