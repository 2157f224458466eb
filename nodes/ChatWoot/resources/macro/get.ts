import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { MACRO_URL, macroLocator, macroPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a macro',
	method: 'GET',
	url: MACRO_URL,
	request: { path: macroPath },
	fields: [macroLocator],
	output: [unwrap('payload')],
});
