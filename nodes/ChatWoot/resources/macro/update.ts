import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { keepVisibility, MACRO_URL, macroActions, macroActionsField, macroLocator, macroPath, visibility, visibilityOption } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a macro',
	method: 'PATCH',
	url: MACRO_URL,
	request: {
		path: macroPath,
		body: {
			name: optional('macroUpdateFields.name', 'Name', text),
			actions: optional('macroUpdateFields.actions', 'Actions', macroActions),
			visibility: optional('macroUpdateFields.visibility', 'Visibility', visibility),
		},
		adjust: keepVisibility,
		adjustedKeys: { body: ['visibility'] },
	},
	fields: [
		macroLocator,
		{
			displayName: 'Update Fields',
			name: 'macroUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				// the list sent replaces the macro's actions
				{ ...macroActionsField, name: 'actions', description: 'The new actions, in order: they replace the current ones' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				visibilityOption,
			],
		},
	],
	output: [unwrap('payload')],
});
