import type { INodeProperties } from 'n8n-workflow';
import { idLocator, relatedLocator } from '../../../shared/fields/locators';
import { ACCOUNT, optional, optionalLocator } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { dateRange, dateRangeOptions } from '../report/fields';

export const APPLIED_SLAS_URL = '/api/v1/accounts/{account_id}/applied_slas';

const FILTERS = 'appliedSlaFilters';

/** The filters applied_slas_controller.rb reads (`apply_filters`), the same for all three operations. */
export const appliedSlaQuery = {
	...dateRange(FILTERS),
	inbox_id: optionalLocator(`${FILTERS}.inbox_id`, 'Inbox'),
	team_id: optionalLocator(`${FILTERS}.team_id`, 'Team'),
	sla_policy_id: optionalLocator(`${FILTERS}.sla_policy_id`, 'SLA Policy'),
	label_list: optional(`${FILTERS}.label_list`, 'Label', text),
	assigned_agent_id: optionalLocator(`${FILTERS}.assigned_agent_id`, 'Assigned Agent'),
};

export const appliedSlaRequest = { path: { account_id: ACCOUNT }, query: appliedSlaQuery };

const filterOptions: INodeProperties[] = [
	relatedLocator('agent', 'assigned_agent_id', 'Only conversations assigned to this agent'),
	relatedLocator('inbox', 'inbox_id', 'Only conversations of this inbox'),
	{
		displayName: 'Label',
		name: 'label_list',
		type: 'string',
		default: '',
		placeholder: 'e.g. vip',
		description: 'Only conversations with a label that contains this text',
	},
	...dateRangeOptions,
	idLocator({
		name: 'sla_policy_id',
		displayName: 'SLA Policy',
		searchListMethod: 'getSlaPolicies',
		description: 'Only SLAs of this policy',
		required: false,
	}),
	relatedLocator('team', 'team_id', 'Only conversations of this team'),
];

export const appliedSlaFilters: INodeProperties = {
	displayName: 'Filters',
	name: FILTERS,
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	description: 'Since and Until filter by when the SLA was applied, and only when both are set',
	options: filterOptions.sort((a, b) => a.displayName.localeCompare(b.displayName)),
};
