import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deletePlatformAccount } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const platformAccountDescription = resourceProperties('platformAccount', 'get', [
	create,
	deletePlatformAccount,
	get,
	getAll,
	update,
]);
