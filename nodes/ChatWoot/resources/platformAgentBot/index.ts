import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deletePlatformAgentBot } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const platformAgentBotDescription = resourceProperties('platformAgentBot', 'getAll', [
	create,
	deletePlatformAgentBot,
	get,
	getAll,
	update,
]);
