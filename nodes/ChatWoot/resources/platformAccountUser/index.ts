import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deletePlatformAccountUser } from './delete';
import { getAll } from './getAll';

export const platformAccountUserDescription = resourceProperties('platformAccountUser', 'getAll', [
	create,
	deletePlatformAccountUser,
	getAll,
]);
