import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { SLA_POLICY_URL, slaPolicyLocator, slaPolicyPath, slaPolicySettingOptions, slaPolicySettings, unwrapPolicy } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update an SLA policy',
	method: 'PATCH',
	enterprise: true,
	url: SLA_POLICY_URL,
	request: {
		path: slaPolicyPath,
		body: { name: optional('slaPolicyUpdateFields.name', 'Name', text), ...slaPolicySettings('slaPolicyUpdateFields') },
	},
	fields: [
		slaPolicyLocator,
		{
			displayName: 'Update Fields',
			name: 'slaPolicyUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [...slaPolicySettingOptions, { displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			),
		},
	],
	output: [unwrapPolicy],
});
