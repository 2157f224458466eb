import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { portalConfig, portalSettingOptions, portalSettings, portalSlug } from './fields';

const showOnlyForCreatePortal = {
	resource: ['helpCenter'],
	operation: ['createPortal'],
};

export const helpCenterCreatePortalRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		// Not required by the spec, but the Portal model refuses a portal without them.
		name: required('name', 'Name', requiredText),
		slug: required('slug', 'Slug', portalSlug),
		...portalSettings('additionalFields'),
	},
	adjust: portalConfig('additionalFields'),
	adjustedKeys: { body: ['config'] },
});

export const helpCenterCreatePortalDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Handbook',
		displayOptions: { show: showOnlyForCreatePortal },
	},
	{
		displayName: 'Slug',
		name: 'slug',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. handbook',
		description: 'Part of the portal address; unique across the installation',
		displayOptions: { show: showOnlyForCreatePortal },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreatePortal },
		options: portalSettingOptions,
	},
];
