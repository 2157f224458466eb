import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { email, invalid, show, stringList, type Check } from '../../../shared/fields/validators';
import { AGENTS_URL, agentsPath } from './fields';

const emailAddresses: Check<string[]> = (value, field, ctx) => {
	const addresses = stringList(value, field, ctx).map((address) => email(address, field, ctx));
	if (addresses.length === 0) throw invalid(ctx, field, `must name at least one email address, got ${show(value)}`);
	return addresses;
};

export const bulkCreate = defineOperation({
	value: 'bulkCreate',
	name: 'Bulk Create',
	action: 'Invite several agents at once',
	description: 'Invite agents by email address; Chatwoot names each after the part before the @',
	method: 'POST',
	url: `${AGENTS_URL}/bulk_create`,
	request: { path: agentsPath, body: { emails: required('agentEmails', 'Emails', emailAddresses) } },
	fields: [
		{
			displayName: 'Emails',
			name: 'agentEmails',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. ana@example.com, li@example.com',
			description:
				'Comma-separated addresses, or an array from an expression. Chatwoot answers without a list of who was added and skips addresses it cannot add, so check with Get Many.',
		},
	],
});
