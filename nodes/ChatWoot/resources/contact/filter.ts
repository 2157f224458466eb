import type { INodeProperties } from 'n8n-workflow';
import { filterConditions, filterConditionsField } from '../../shared/filters';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { showFor } from './fields';

export const contactFilterRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: { payload: required('contactConditions', 'Conditions', filterConditions) },
});

export const contactFilterDescription: INodeProperties[] = [
	{
		...filterConditionsField(
			showFor('filter'),
			'name, email, phone_number, identifier, country_code, city, labels, blocked, created_at, last_activity_at',
		),
		name: 'contactConditions',
	},
];
