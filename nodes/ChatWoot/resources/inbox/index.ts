import { resourceProperties } from '../../shared/operation';
import { addMembers } from './addMembers';
import { create } from './create';
import { get } from './get';
import { getAgentBot } from './getAgentBot';
import { getAll } from './getAll';
import { getAssignableAgents } from './getAssignableAgents';
import { getMembers } from './getMembers';
import { removeMembers } from './removeMembers';
import { setAgentBot } from './setAgentBot';
import { update } from './update';
import { updateMembers } from './updateMembers';

export const inboxDescription = resourceProperties('inbox', 'getAll', [
	addMembers,
	create,
	get,
	getAgentBot,
	getAll,
	getAssignableAgents,
	getMembers,
	removeMembers,
	setAgentBot,
	update,
	updateMembers,
]);
