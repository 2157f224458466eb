import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { chatwootBaseUrl } from '../../../shared/api/baseUrl';
import { defineOperation } from '../../shared/declare/operation';
import { chatwootAnswerError } from '../../../shared/api/answers';
import { getRequestInfo } from '../../../shared/api/itemRequest';
import { required } from '../../shared/request/fieldSources';
import { uuidSegment } from '../../../shared/fields/validators';

const conversationUuid = uuidSegment("the conversation's uuid", '9a2f6c1e-3b4d-4f5a-8e7b-1c2d3e4f5a6b');

/**
 * The survey is a public web page, not JSON: the item carries its address (to send to the
 * customer) and the HTML. Errors still go through the shared handler.
 */
async function surveyPage(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const info = getRequestInfo(this);
	const error = await chatwootAnswerError(this, response, info);
	if (error) throw error;
	const base = await chatwootBaseUrl(this);
	const path = info?.url ?? '';
	const body = response.body;
	return [
		{
			json: {
				conversation_uuid: info?.ids[0]?.value, // as checked by the request
				url: `${base}${path}`,
				html: typeof body === 'string' ? body : '',
			},
		},
	];
}

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get the survey page of a conversation',
	description: 'Get the address and HTML of the public satisfaction survey of a conversation',
	method: 'GET',
	url: '/survey/responses/{conversation_uuid}',
	request: {
		path: { conversation_uuid: required('conversationUuid', 'Conversation UUID', conversationUuid) },
	},
	fields: [
		{
			displayName: 'Conversation UUID',
			name: 'conversationUuid',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 9a2f6c1e-3b4d-4f5a-8e7b-1c2d3e4f5a6b',
			description: 'The uuid of the conversation (not its numeric ID), as the conversation record shows it',
		},
	],
	// The answer is an HTML page, which the shared handler would refuse as "not JSON":
	// surveyPage explains errors itself. Rails picks the page's format from Accept, hence
	// text/html. Failures without an answer are explained as elsewhere.
	answer: { headers: { Accept: 'text/html' }, ownErrorHandling: true },
	output: [surveyPage],
});
