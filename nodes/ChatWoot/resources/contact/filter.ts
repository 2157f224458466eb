import { filterConditions, filterConditionsField } from '../../shared/fields/filters';
import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { required } from '../../shared/request/fieldSources';
import { CONTACTS_URL, PAGE_SIZE, contactsPath } from './fields';

export const filter = defineOperation({
	value: 'filter',
	name: 'Filter',
	action: 'Filter contacts',
	description: 'Get the contacts that match conditions on their attributes',
	method: 'POST',
	url: `${CONTACTS_URL}/filter`,
	request: {
		path: contactsPath,
		body: { payload: required('contactConditions', 'Conditions', filterConditions) },
	},
	fields: [
		{
			// shown for this operation only (the builder sets resource and operation)
			...filterConditionsField(
				{},
				'name, email, phone_number, identifier, country_code, city, labels, blocked, created_at, last_activity_at',
			),
			name: 'contactConditions',
		},
		RETURN_ALL_AND_LIMIT,
	],
	list: { records: ['payload'], pagination: byPage(PAGE_SIZE) },
});
