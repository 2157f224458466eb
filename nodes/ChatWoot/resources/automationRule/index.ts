import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteAutomationRule } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const automationRuleDescription = resourceProperties('automationRule', 'getAll', [
	create,
	deleteAutomationRule,
	get,
	getAll,
	update,
]);
