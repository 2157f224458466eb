import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { isBlank } from '../../shared/fields/messages';
import { invalid, oneOf, text, url } from '../../../shared/fields/validators';

const TEMPLATE_CATEGORIES = [
	'ISSUE_RESOLUTION',
	'MARKETING',
	'SHIPPING_UPDATE',
	'TICKET_UPDATE',
	'UTILITY',
] as const;

/** The WhatsApp Template fixedCollection as Chatwoot's template_params. */
export function templateParams(ctx: IExecuteSingleFunctions, template: IDataObject): IDataObject {
	const field = (label: string) => `WhatsApp Template > ${label}`;
	for (const [key, label] of [
		['name', 'Name'],
		['language', 'Language'],
	]) {
		if (isBlank(template[key])) throw invalid(ctx, field(label), 'is required and cannot be empty');
	}
	const processed: IDataObject = {};
	const parameters = ((template.bodyParameters as IDataObject)?.parameter ?? []) as IDataObject[];
	if (parameters.length > 0) {
		processed.body = Object.fromEntries(
			parameters.map(({ key, value }) => {
				if (isBlank(key)) throw invalid(ctx, field('Body Parameters > Key'), 'cannot be empty');
				return [String(key).trim(), text(value ?? '', field('Body Parameters > Value'), ctx)];
			}),
		);
	}
	if (!isBlank(template.headerMediaUrl)) {
		processed.header = {
			media_url: url(template.headerMediaUrl, field('Header Media URL'), ctx),
			media_type: oneOf(['document', 'image', 'video'])(
				template.headerMediaType ?? 'image',
				field('Header Media Type'),
				ctx,
			),
		};
	}
	const buttons = ((template.buttons as IDataObject)?.button ?? []) as IDataObject[];
	if (buttons.length > 0) {
		processed.buttons = buttons.map((button) => ({
			type: oneOf(['copy_code', 'url'])(button.type, field('Buttons > Type'), ctx),
			parameter: text(button.parameter ?? '', field('Buttons > Parameter'), ctx),
		}));
	}
	return {
		name: text(template.name, field('Name'), ctx).trim(),
		category: oneOf(TEMPLATE_CATEGORIES)(template.category, field('Category'), ctx),
		language: text(template.language, field('Language'), ctx).trim(),
		processed_params: processed,
	};
}

/** The WhatsApp Template option of Create's Additional Fields. */
export const whatsAppTemplateOption: INodeProperties = {
	displayName: 'WhatsApp Template',
	name: 'template_params',
	type: 'fixedCollection',
	placeholder: 'Add Template',
	default: {},
	description: 'Send a pre-approved WhatsApp template (WhatsApp inboxes only)',
	options: [
		{
			displayName: 'Template',
			name: 'template',
			values: [
				{
					displayName: 'Body Parameters',
					name: 'bodyParameters',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Parameter',
					default: {},
					options: [
						{
							displayName: 'Parameter',
							name: 'parameter',
							values: [
								{
									displayName: 'Key',
									name: 'key',
									type: 'string',
									default: '',
									placeholder: 'e.g. 1',
									description: 'Placeholder of the template body, e.g. 1 for {{1}}',
								},
								{
									displayName: 'Value',
									name: 'value',
									type: 'string',
									default: '',
								},
							],
						},
					],
				},
				{
					displayName: 'Buttons',
					name: 'buttons',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Button',
					default: {},
					options: [
						{
							displayName: 'Button',
							name: 'button',
							values: [
								{
									displayName: 'Type',
									name: 'type',
									type: 'options',
									options: [
										{ name: 'Copy Code', value: 'copy_code' },
										{ name: 'URL', value: 'url' },
									],
									default: 'url',
								},
								{
									displayName: 'Parameter',
									name: 'parameter',
									type: 'string',
									default: '',
									description: 'Dynamic part of the button: the URL suffix or the code',
								},
							],
						},
					],
				},
				{
					displayName: 'Category',
					name: 'category',
					type: 'options',
					options: [
						{ name: 'Issue Resolution', value: 'ISSUE_RESOLUTION' },
						{ name: 'Marketing', value: 'MARKETING' },
						{ name: 'Shipping Update', value: 'SHIPPING_UPDATE' },
						{ name: 'Ticket Update', value: 'TICKET_UPDATE' },
						{ name: 'Utility', value: 'UTILITY' },
					],
					default: 'MARKETING',
				},
				{
					displayName: 'Header Media Type',
					name: 'headerMediaType',
					type: 'options',
					options: [
						{ name: 'Document', value: 'document' },
						{ name: 'Image', value: 'image' },
						{ name: 'Video', value: 'video' },
					],
					default: 'image',
				},
				{
					displayName: 'Header Media URL',
					name: 'headerMediaUrl',
					type: 'string',
					default: '',
					description: 'Public URL of the image, video or document of a media header',
				},
				{
					displayName: 'Language',
					name: 'language',
					type: 'string',
					default: '',
					placeholder: 'e.g. en_US',
					description: 'Language code of the template',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'Name of the template as approved in WhatsApp Business Manager',
				},
			],
		},
	],
};
