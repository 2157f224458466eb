import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteCustomAttribute } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const customAttributeDescription = resourceProperties('customAttribute', 'getAll', [
	create,
	deleteCustomAttribute,
	get,
	getAll,
	update,
]);
