import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { helpCenterRecord, PORTAL_URL, portalLocator, portalPath, localeOption } from './fields';

export const getPortal = defineOperation({
	value: 'getPortal',
	name: 'Get Portal',
	action: 'Get a portal',
	method: 'GET',
	url: PORTAL_URL,
	request: {
		path: portalPath,
		// portals_controller.rb:14 counts the articles of params[:locale] only
		query: { locale: optional('helpCenterPortalGetOptions.locale', 'Locale', text) },
	},
	fields: [
		portalLocator,
		{
			displayName: 'Options',
			name: 'helpCenterPortalGetOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				localeOption('Count only the articles of this locale in the article counts (meta)'),
			],
		},
	],
	output: [helpCenterRecord],
});
