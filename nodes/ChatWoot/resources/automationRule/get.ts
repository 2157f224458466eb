import { defineOperation } from '../../shared/declare/operation';
import { automationRuleLocator, automationRulePath, RULE_URL, unwrapRule } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an automation rule',
	method: 'GET',
	url: RULE_URL,
	request: { path: automationRulePath },
	fields: [automationRuleLocator],
	output: [unwrapRule],
});
