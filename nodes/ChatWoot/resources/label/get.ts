import { defineOperation } from '../../shared/declare/operation';
import { LABEL_URL, labelLocator, labelPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a label',
	method: 'GET',
	url: LABEL_URL,
	request: { path: labelPath },
	fields: [labelLocator],
});
