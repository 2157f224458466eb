import { inboxIdentifier, inboxIdentifierField } from '../../shared/fields/clientApi';
import { defineOperation } from '../../shared/declare/operation';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get the public details of an inbox',
	description: 'Name, time zone, working hours and the features the inbox has switched on',
	method: 'GET',
	url: '/public/api/v1/inboxes/{inbox_identifier}',
	request: { path: { inbox_identifier: inboxIdentifier('clientInbox') } },
	fields: [inboxIdentifierField('clientInbox')],
});
