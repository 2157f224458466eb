import { resourceProperties } from '../../shared/declare/operation';
import { addMembers } from './addMembers';
import { create } from './create';
import { deleteTeam } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getMembers } from './getMembers';
import { removeMembers } from './removeMembers';
import { update } from './update';
import { updateMembers } from './updateMembers';

export const teamDescription = resourceProperties('team', 'getAll', [
	addMembers,
	create,
	deleteTeam,
	get,
	getAll,
	getMembers,
	removeMembers,
	update,
	updateMembers,
]);
