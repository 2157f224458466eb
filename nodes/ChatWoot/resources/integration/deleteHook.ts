import { defineOperation } from '../../shared/declare/operation';
import { HOOK_URL, hookLocator, hookPath } from './fields';

export const deleteHook = defineOperation({
	value: 'deleteHook',
	name: 'Delete Hook',
	action: 'Delete an integration hook',
	method: 'DELETE',
	url: HOOK_URL,
	request: { path: hookPath },
	fields: [hookLocator],
});
