import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { email } from '../../../shared/fields/validators';
import { PORTAL_URL, portalLocator, portalPath } from './fields';

export const sendPortalDomainInstructions = defineOperation({
	value: 'sendPortalDomainInstructions',
	name: 'Send Custom Domain Instructions',
	action: 'Email the DNS setup of a portal custom domain',
	description: "Email someone the DNS (CNAME) records that point the portal's custom domain at Chatwoot",
	method: 'POST',
	url: `${PORTAL_URL}/send_instructions`,
	request: {
		path: portalPath,
		body: { email: required('helpCenterInstructionsEmail', 'Recipient Email', email) },
	},
	fields: [
		portalLocator,
		{
			displayName: 'Recipient Email',
			name: 'helpCenterInstructionsEmail',
			type: 'string',
			placeholder: 'e.g. name@email.com',
			required: true,
			default: '',
			description: 'Who gets the instructions, e.g. whoever manages your DNS. The portal needs a custom domain.',
		},
	],
});
