import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { isoDateTime } from '../../shared/fields/formats';
import { numericIdField, relatedLocator } from '../../../shared/fields/locators';
import { nestBodyUnder } from '../../shared/request/nestedBody';
import { ACCOUNT, optional, optionalLocator, readOptional, required, type FieldSource } from '../../shared/request/fieldSources';
import { nothingToUpdate, type BuiltRequest } from '../../shared/request/buildRequest';
import { boolean, integerList, jsonObject, positiveInteger, text, url } from '../../../shared/fields/validators';

export const CAMPAIGNS_URL = '/api/v1/accounts/{account_id}/campaigns';
export const CAMPAIGN_URL = '/api/v1/accounts/{account_id}/campaigns/{id}';

export const campaignsPath = { account_id: ACCOUNT };
export const campaignPath = { account_id: ACCOUNT, id: required('campaignId', 'Campaign ID', positiveInteger) };

/** The campaign, one field for every operation on an existing campaign. */
export const campaignIdField = numericIdField({
	displayName: 'Campaign ID',
	name: 'campaignId',
	description: 'Number of the campaign in the account (the `id` Chatwoot answers with)',
});

/** Settings of Create (Additional Fields) and Update (Update Fields), sent as they are. */
export function campaignSettings(collection: string): Record<string, FieldSource> {
	const field = (name: string, label: string, check: FieldSource['check']) => optional(`${collection}.${name}`, label, check);
	return {
		description: field('description', 'Description', text),
		enabled: field('enabled', 'Enabled', boolean),
		sender_id: optionalLocator(`${collection}.sender_id`, 'Sender'),
		scheduled_at: field('scheduled_at', 'Scheduled At', isoDateTime),
		template_params: field('template_params', 'Template Params', jsonObject),
		trigger_only_during_business_hours: field('trigger_only_during_business_hours', 'Only During Business Hours', boolean),
	};
}

/**
 * The settings that Chatwoot keeps as objects: `audience` (labels of a one-off campaign) and
 * `trigger_rules` (when an ongoing website campaign shows), each built from plain fields.
 */
function addAudienceAndTriggerRules(ctx: IExecuteSingleFunctions, request: BuiltRequest, collection: string) {
	const labels = readOptional(ctx, optional(`${collection}.audience`, 'Audience Label IDs', integerList)) as number[] | undefined;
	if (labels) request.body.audience = labels.map((id) => ({ type: 'Label', id }));
	const rules: IDataObject = {};
	const page = readOptional(ctx, optional(`${collection}.url`, 'Page URL', url));
	const seconds = readOptional(ctx, optional(`${collection}.time_on_page`, 'Time on Page', positiveInteger));
	if (page !== undefined) rules.url = page as string;
	if (seconds !== undefined) rules.time_on_page = seconds as number;
	if (Object.keys(rules).length > 0) request.body.trigger_rules = rules;
}

/**
 * Create's and Update's body, under `campaign` (`params.require(:campaign)`). Update refuses
 * to send nothing.
 */
export function campaignBody(collection: string, labels?: Record<string, string>) {
	return nestBodyUnder(
		'campaign',
		function (request) {
			addAudienceAndTriggerRules(this, request, collection);
			if (labels && Object.keys(request.body).length === 0) throw nothingToUpdate(this, collection, labels);
		},
		['audience', 'trigger_rules'],
	);
}

export const campaignSettingOptions: INodeProperties[] = [
	{
		displayName: 'Audience Label IDs',
		name: 'audience',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3, 7',
		description:
			'One-off (SMS, WhatsApp) campaigns: comma-separated IDs of labels; the campaign goes to the contacts with any of them',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Shown to agents only',
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the campaign runs',
	},
	{
		displayName: 'Only During Business Hours',
		name: 'trigger_only_during_business_hours',
		type: 'boolean',
		default: false,
		description: "Whether an ongoing website campaign shows only within the inbox's working hours",
	},
	{
		displayName: 'Page URL',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/pricing',
		description: 'Ongoing website campaigns: the page the visitor must be on (trigger rule, http or https)',
	},
	{
		displayName: 'Scheduled At',
		name: 'scheduled_at',
		type: 'dateTime',
		default: '',
		description: 'One-off campaigns: when Chatwoot sends it; empty sends it right away',
	},
	{
		...relatedLocator('agent', 'sender_id', 'The agent shown as the sender of the messages'),
		displayName: 'Sender',
	},
	{
		displayName: 'Template Params',
		name: 'template_params',
		type: 'json',
		default: '',
		description:
			'WhatsApp campaigns: the message template as a JSON object, e.g. {"name": "promo", "category": "MARKETING", "language": "en", "processed_params": {"1": "Jane"}}',
	},
	{
		displayName: 'Time on Page',
		name: 'time_on_page',
		type: 'number',
		default: 10,
		typeOptions: { minValue: 1 },
		description: 'Ongoing website campaigns: seconds the visitor stays on the page before the message shows (trigger rule)',
	},
];
