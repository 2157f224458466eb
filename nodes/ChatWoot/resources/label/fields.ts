import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { idLocator } from '../../../shared/fields/locators';
import { boolean, text } from '../../../shared/fields/validators';

export const LABELS_URL = '/api/v1/accounts/{account_id}/labels';
export const LABEL_URL = '/api/v1/accounts/{account_id}/labels/{id}';

export const labelsPath = { account_id: ACCOUNT };
export const labelPath = { account_id: ACCOUNT, id: locator('label', 'Label') };

export const labelLocator: INodeProperties = idLocator({
	name: 'label',
	displayName: 'Label',
	searchListMethod: 'getLabels',
});

/** Optional label settings shared by Create (Additional Fields) and Update (Update Fields). */
export function labelSettings(collection: string): Record<string, FieldSource> {
	return {
		description: optional(`${collection}.description`, 'Description', text),
		color: optional(`${collection}.color`, 'Color', text),
		show_on_sidebar: optional(`${collection}.show_on_sidebar`, 'Show on Sidebar', boolean),
	};
}

export const labelSettingOptions: INodeProperties[] = [
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '#1f93ff',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Show on Sidebar',
		name: 'show_on_sidebar',
		type: 'boolean',
		default: true,
		description: 'Whether the label appears in the dashboard sidebar',
	},
];
