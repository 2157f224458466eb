import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

function contactName(contact: IDataObject): string {
	const name = String(contact.name ?? '').trim() || `Contact ${String(contact.id)}`;
	const reach = contact.email || contact.phone_number || contact.identifier;
	return reach ? `${name} (${String(reach)})` : name;
}

/**
 * Contacts, 15 a page. Typed text goes to Chatwoot's contact search, which matches name,
 * email, phone number and identifier on the server (so the list is not filtered again here).
 */
export async function getContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const query = (filter ?? '').trim();
	return await searchAccountRecords.call(
		this,
		{
			path: query ? '/contacts/search' : '/contacts',
			qs: query ? { q: query } : {},
			records: ['payload'],
			name: contactName,
			url: (contact) => `/contacts/${String(contact.id)}`,
			pageSize: 15,
		},
		undefined,
		paginationToken,
	);
}
