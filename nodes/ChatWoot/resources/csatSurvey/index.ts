import type { INodeProperties } from 'n8n-workflow';
import { ONE_REQUEST } from '../../shared/routing';
import { csatSurveyGetDescription, csatSurveyGetRequest, surveyPage } from './get';

export const csatSurveyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['csatSurvey'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the survey page of a conversation',
				description: 'Get the address and HTML of the public satisfaction survey of a conversation',
				// Its own routing, not chatwootRouting: the answer is an HTML page, which the
				// shared handler would refuse as "not JSON". Rails picks the page's format from
				// Accept, hence text/html. Failures without an answer are explained as elsewhere.
				routing: {
					request: {
						method: 'GET',
						url: '/survey/responses/{conversation_uuid}',
						headers: { Accept: 'text/html' },
					},
					send: { preSend: [csatSurveyGetRequest], paginate: true },
					operations: { pagination: ONE_REQUEST },
					output: { postReceive: [surveyPage] },
				},
			},
		],
		default: 'get',
	},
	...csatSurveyGetDescription,
];
