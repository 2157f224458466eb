import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteAgentBot } from './delete';
import { deleteAvatar } from './deleteAvatar';
import { get } from './get';
import { getAll } from './getAll';
import { resetAccessToken } from './resetAccessToken';
import { resetSecret } from './resetSecret';
import { update } from './update';

export const agentBotDescription = resourceProperties('agentBot', 'getAll', [
	create,
	deleteAgentBot,
	deleteAvatar,
	get,
	getAll,
	resetAccessToken,
	resetSecret,
	update,
]);
