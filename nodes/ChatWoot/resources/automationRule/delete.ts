import { defineOperation } from '../../shared/declare/operation';
import { automationRuleLocator, automationRulePath, RULE_URL } from './fields';

export const deleteAutomationRule = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an automation rule',
	method: 'DELETE',
	url: RULE_URL,
	request: { path: automationRulePath },
	fields: [automationRuleLocator],
});
