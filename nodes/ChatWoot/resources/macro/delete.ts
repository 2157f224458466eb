import { defineOperation } from '../../shared/declare/operation';
import { MACRO_URL, macroLocator, macroPath } from './fields';

export const deleteMacro = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a macro',
	method: 'DELETE',
	url: MACRO_URL,
	request: { path: macroPath },
	fields: [macroLocator],
});
