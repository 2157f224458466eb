import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { recordsOf } from '../listSearch/searchRecords';
import { readAccount } from '../../shared/fields/reads';
import { chatwootApiRequest } from '../../shared/api/transport';

/** The account's inboxes by ID, for the trigger's Inboxes filter. */
export async function getInboxOptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const accountId = await readAccount(this);
	const answer = await chatwootApiRequest.call(this, 'GET', `/api/v1/accounts/${accountId}/inboxes`);
	return recordsOf(answer, ['payload', ''])
		.map((inbox) => ({ name: String(inbox.name), value: inbox.id as number }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
