import type { INodeProperties } from 'n8n-workflow';
import { filterConditions, filterConditionsField } from '../../shared/filters';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { showFor } from './fields';

export const conversationFilterRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: { payload: required('conversationConditions', 'Conditions', filterConditions) },
});

export const conversationFilterDescription: INodeProperties[] = [
	{
		...filterConditionsField(
			showFor('filter'),
			'status, priority, assignee_id, inbox_id, team_id, display_id, campaign_id, labels, browser_language, country_code, referer, created_at, last_activity_at',
		),
		name: 'conversationConditions',
	},
];
