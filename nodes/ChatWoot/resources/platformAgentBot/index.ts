import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deletePlatformAgentBot } from './delete';
import { deleteAvatar } from './deleteAvatar';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const platformAgentBotDescription = resourceProperties('platformAgentBot', 'getAll', [
	create,
	deletePlatformAgentBot,
	deleteAvatar,
	get,
	getAll,
	update,
]);
