import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';

function companyName(company: IDataObject): string {
	const name = String(company.name ?? '').trim() || `Company ${String(company.id)}`;
	return company.domain ? `${name} (${String(company.domain)})` : name;
}

/**
 * Companies (Enterprise), 25 a page. Typed text goes to Chatwoot's company search, which
 * matches name and domain on the server.
 */
export async function getCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const query = (filter ?? '').trim();
	return await searchAccountRecords.call(
		this,
		{
			path: query ? '/companies/search' : '/companies',
			qs: query ? { q: query } : {},
			records: ['payload'],
			name: companyName,
			url: (company) => `/companies/${String(company.id)}`,
			pageSize: 25,
		},
		undefined,
		paginationToken,
	);
}
