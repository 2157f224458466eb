import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { MACROS_URL, macroActions, macroActionsField, macrosPath, visibility, visibilityOption } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a macro',
	method: 'POST',
	url: MACROS_URL,
	request: {
		path: macrosPath,
		body: {
			name: required('macroName', 'Name', requiredText),
			actions: required('macroActions', 'Actions', macroActions),
			// always sent: without it Chatwoot stores no visibility, and the macro is listed nowhere
			visibility: required('macroVisibility', 'Visibility', visibility),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'macroName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Close as spam',
		},
		{ ...macroActionsField, required: true },
		{ ...visibilityOption, name: 'macroVisibility' },
	],
	output: [unwrap('payload')],
});
