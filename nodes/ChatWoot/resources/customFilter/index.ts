import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteCustomFilter } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

// Custom filters belong to the user of the token: other users' filters are not found.
export const customFilterDescription = resourceProperties('customFilter', 'getAll', [
	create,
	deleteCustomFilter,
	get,
	getAll,
	update,
]);
