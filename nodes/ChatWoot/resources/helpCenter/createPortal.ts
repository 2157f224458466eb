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
		name: required('helpCenterPortalName', 'Name', requiredText),
		slug: required('helpCenterPortalSlug', 'Slug', portalSlug),
		...portalSettings('helpCenterPortalAdditionalFields'),
	},
	adjust: portalConfig('helpCenterPortalAdditionalFields'),
	adjustedKeys: { body: ['config'] },
});

export const helpCenterCreatePortalDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'helpCenterPortalName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Handbook',
		displayOptions: { show: showOnlyForCreatePortal },
	},
	{
		displayName: 'Slug',
		name: 'helpCenterPortalSlug',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. handbook',
		description: 'Part of the portal address; unique across the installation',
		displayOptions: { show: showOnlyForCreatePortal },
	},
	{
		displayName: 'Additional Fields',
		name: 'helpCenterPortalAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreatePortal },
		options: portalSettingOptions,
	},
];
