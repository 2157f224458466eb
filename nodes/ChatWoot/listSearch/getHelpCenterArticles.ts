import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchAccountRecords } from './searchRecords';
import { isPlainSegment } from '../../shared/fields/validators';

/** The articles of the portal chosen in the node, most recently changed first; the typed text searches them. */
export async function getHelpCenterArticles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const portal = String(this.getCurrentNodeParameter('portal', { extractValue: true }) ?? '').trim();
	if (portal === '' || !isPlainSegment(portal)) return { results: [] };
	return await searchAccountRecords.call(
		this,
		{
			path: `/portals/${portal}/articles`,
			records: ['payload'],
			name: (article) => `${String(article.title)} (${String(article.status)})`,
			pageSize: 25,
		},
		filter,
		paginationToken,
	);
}
