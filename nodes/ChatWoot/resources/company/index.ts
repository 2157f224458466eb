import { resourceProperties } from '../../shared/declare/operation';
import { addContact } from './addContact';
import { create } from './create';
import { deleteCompany } from './delete';
import { deleteAvatar } from './deleteAvatar';
import { deleteCustomAttributes } from './deleteCustomAttributes';
import { get } from './get';
import { getAll } from './getAll';
import { getContacts } from './getContacts';
import { getConversations } from './getConversations';
import { getNotes } from './getNotes';
import { removeContact } from './removeContact';
import { search } from './search';
import { searchContacts } from './searchContacts';
import { update } from './update';

export const companyDescription = resourceProperties('company', 'getAll', [
	addContact,
	create,
	deleteCompany,
	deleteAvatar,
	deleteCustomAttributes,
	get,
	getAll,
	getContacts,
	getConversations,
	getNotes,
	removeContact,
	search,
	searchContacts,
	update,
]);
