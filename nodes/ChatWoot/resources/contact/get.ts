import { defineOperation } from '../../shared/declare/operation';
import { CONTACT_URL, contactLocator, contactOutput, contactPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	method: 'GET',
	url: CONTACT_URL,
	request: { path: contactPath },
	fields: [contactLocator],
	output: [contactOutput],
});
