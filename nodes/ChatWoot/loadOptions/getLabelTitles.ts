import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { recordsOf } from '../listSearch/searchRecords';
import { readAccount } from '../../shared/fields/reads';
import { chatwootApiRequest } from '../../shared/api/transport';

/** The account's label titles, for the label lists of contacts and conversations. */
export async function getLabelTitles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const accountId = await readAccount(this);
	const answer = await chatwootApiRequest.call(this, 'GET', `/api/v1/accounts/${accountId}/labels`);
	const labels = recordsOf(answer, ['payload', '']);
	return labels
		.map((label) => ({
			name: String(label.title),
			value: String(label.title),
			description: label.description ? String(label.description) : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
