import { filterConditions, filterConditionsField } from '../../shared/fields/filters';
import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { required } from '../../shared/request/fieldSources';
import { CONVERSATIONS_URL, PAGE_SIZE, conversationsPath } from './fields';

export const filter = defineOperation({
	value: 'filter',
	name: 'Filter',
	action: 'Filter conversations',
	description: 'Get the conversations that match conditions on their attributes',
	method: 'POST',
	url: `${CONVERSATIONS_URL}/filter`,
	request: {
		path: conversationsPath,
		body: { payload: required('conversationConditions', 'Conditions', filterConditions) },
	},
	fields: [
		{
			// shown for this operation only (the builder sets resource and operation)
			...filterConditionsField(
				{},
				'status, priority, assignee_id, inbox_id, team_id, display_id, campaign_id, labels, browser_language, country_code, referer, created_at, last_activity_at',
			),
			name: 'conversationConditions',
		},
		RETURN_ALL_AND_LIMIT,
	],
	list: { records: ['payload', 'data.payload'], pagination: byPage(PAGE_SIZE) },
});
