import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { automationRuleLocator, unwrapRule } from './fields';

export const clone = defineOperation({
	value: 'clone',
	name: 'Clone',
	action: 'Clone an automation rule',
	description: 'Copy an automation rule; the copy comes back with its own ID',
	method: 'POST',
	url: '/api/v1/accounts/{account_id}/automation_rules/{automation_rule_id}/clone',
	request: { path: { account_id: ACCOUNT, automation_rule_id: locator('automationRule', 'Automation Rule') } },
	fields: [automationRuleLocator],
	output: [unwrapRule],
});
