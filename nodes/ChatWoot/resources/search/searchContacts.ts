import { searchOf } from './fields';

export const searchContacts = searchOf('contacts', {
	value: 'searchContacts',
	name: 'Search Contacts',
	action: 'Search contacts',
	description: 'Find contacts by name, email, phone number or identifier, most recently active first',
});
