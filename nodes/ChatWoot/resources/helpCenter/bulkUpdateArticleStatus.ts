import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { ARTICLE_STATUS_NAMES, articleIds, articleIdsField, articleStatusOptions } from './articleFields';
import { ARTICLE_BULK_URL, portalItemsPath, portalLocator } from './fields';

export const bulkUpdateArticleStatus = defineOperation({
	value: 'bulkUpdateArticleStatus',
	name: 'Bulk Update Article Status',
	action: 'Set the status of several articles',
	description: 'Publish, archive or draft several articles of a portal at once',
	method: 'PATCH',
	url: `${ARTICLE_BULK_URL}/update_status`,
	request: {
		path: portalItemsPath,
		body: {
			ids: articleIds,
			// bulk_actions_controller.rb:12 `Article.statuses.key?(params[:status])`: the name, not the number
			status: required('helpCenterArticleBulkStatus', 'Status', oneOf(ARTICLE_STATUS_NAMES)),
		},
	},
	fields: [
		portalLocator,
		articleIdsField,
		{
			displayName: 'Status',
			name: 'helpCenterArticleBulkStatus',
			type: 'options',
			required: true,
			default: 'draft',
			options: articleStatusOptions,
			description: 'Published articles show in the portal; archived and draft ones do not',
		},
	],
});
