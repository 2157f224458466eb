import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deletePlatformUser } from './delete';
import { get } from './get';
import { getAccessToken } from './getAccessToken';
import { getSsoLink } from './getSsoLink';
import { update } from './update';

export const platformUserDescription = resourceProperties('platformUser', 'update', [
	create,
	deletePlatformUser,
	get,
	getAccessToken,
	getSsoLink,
	update,
]);
