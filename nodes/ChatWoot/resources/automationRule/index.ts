import { resourceProperties } from '../../shared/declare/operation';
import { clone } from './clone';
import { create } from './create';
import { deleteAutomationRule } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const automationRuleDescription = resourceProperties('automationRule', 'getAll', [
	clone,
	create,
	deleteAutomationRule,
	get,
	getAll,
	update,
]);
