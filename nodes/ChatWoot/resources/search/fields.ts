import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, RETURN_ALL_AND_LIMIT, type OperationDeclaration } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { ACCOUNT, required } from '../../shared/request/fieldSources';
import type { ListRouting } from '../../shared/send/routing';
import { requiredText } from '../../../shared/fields/validators';

// SearchService pages every kind by 15.
const PAGE_SIZE = 15;

export const searchPath = { account_id: ACCOUNT };

/** The text to look for, in every operation. */
export const termField: INodeProperties = {
	displayName: 'Search Term',
	name: 'searchTerm',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. ORD-1042',
};

// Chatwoot answers 200 with nothing for an empty term; a blank term is refused before sending.
export const termQuery = { q: required('searchTerm', 'Search Term', requiredText) };

type SearchDeclaration = Pick<OperationDeclaration, 'value' | 'name' | 'action' | 'description' | 'output'>;

/** A search: GET with the term, one item per record found. */
export function searchOperation(url: string, list: ListRouting, declaration: SearchDeclaration) {
	return defineOperation({
		...declaration,
		method: 'GET',
		url,
		request: { path: searchPath, query: termQuery },
		fields: [termField, RETURN_ALL_AND_LIMIT],
		list,
	});
}

/** One kind of record through /search/<kind>: `{ payload: { <kind>: [...] } }`, 15 a page. */
export function searchOf(kind: 'articles' | 'contacts' | 'conversations' | 'messages', declaration: SearchDeclaration) {
	return searchOperation(
		`/api/v1/accounts/{account_id}/search/${kind}`,
		{ records: [`payload.${kind}`], pagination: byPage(PAGE_SIZE) },
		declaration,
	);
}
