import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { fieldLabels, nothingToUpdate } from '../../shared/request/buildRequest';
import { optional } from '../../shared/request/fieldSources';
import { invalid, text } from '../../../shared/fields/validators';
import { helpCenterRecord, PORTAL_URL, portalLocator, portalPath, portalSlug } from './fields';
import { portalConfig, portalSettingOptions, portalSettings } from './portalFields';

const addConfig = portalConfig('helpCenterPortalUpdateFields');

const body = {
	name: optional('helpCenterPortalUpdateFields.name', 'Name', text),
	slug: optional('helpCenterPortalUpdateFields.slug', 'Slug', portalSlug),
	...portalSettings('helpCenterPortalUpdateFields'),
};

export const updatePortal = defineOperation({
	value: 'updatePortal',
	name: 'Update Portal',
	action: 'Update a portal',
	method: 'PATCH',
	url: PORTAL_URL,
	request: {
		path: portalPath,
		body,
		adjust(request) {
			addConfig.call(this, request);
			// Chatwoot answers 200 to an empty update and changes nothing: say so instead.
			if (Object.keys(request.body).length === 0) {
				const labels = fieldLabels({ body }, 'helpCenterPortalUpdateFields');
				throw nothingToUpdate(this, 'helpCenterPortalUpdateFields', labels, 'Update Fields');
			}
			// The server updates only `if params[:portal].present?`, and inbox_id is no portal column
			// (portals_controller.rb:26): alone, it would change nothing.
			if (Object.keys(request.body).length === 1 && request.body.inbox_id !== undefined) {
				throw invalid(this, 'Live Chat Inbox', 'Chatwoot applies it only together with another portal field', 'Add another field, e.g. the current Name, to the update.');
			}
		},
		adjustedKeys: { body: ['config'] },
	},
	fields: [
		portalLocator,
		{
			displayName: 'Update Fields',
			name: 'helpCenterPortalUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				...portalSettingOptions,
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Slug',
					name: 'slug',
					type: 'string',
					default: '',
					description: 'New slug; the portal address changes with it',
				},
			].sort((a, b) => a.displayName.localeCompare(b.displayName)) as INodeProperties[],
		},
	],
	output: [helpCenterRecord],
});
