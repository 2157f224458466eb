import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { helpCenterRecord, PORTALS_URL, portalSlug, portalsPath } from './fields';
import { portalConfig, portalSettingOptions, portalSettings } from './portalFields';

export const createPortal = defineOperation({
	value: 'createPortal',
	name: 'Create Portal',
	action: 'Create a portal',
	method: 'POST',
	url: PORTALS_URL,
	request: {
		path: portalsPath,
		body: {
			// Not required by the spec, but the Portal model refuses a portal without them.
			name: required('helpCenterPortalName', 'Name', requiredText),
			slug: required('helpCenterPortalSlug', 'Slug', portalSlug),
			...portalSettings('helpCenterPortalAdditionalFields'),
		},
		adjust: portalConfig('helpCenterPortalAdditionalFields'),
		adjustedKeys: { body: ['config'] },
	},
	fields: [
		{
			displayName: 'Name',
			name: 'helpCenterPortalName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Handbook',
		},
		{
			displayName: 'Slug',
			name: 'helpCenterPortalSlug',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. handbook',
			description: 'Part of the portal address; unique across the installation',
		},
		{
			displayName: 'Additional Fields',
			name: 'helpCenterPortalAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: portalSettingOptions,
		},
	],
	output: [helpCenterRecord],
});
