import { resourceProperties } from '../../shared/declare/operation';
import { addMembers } from './addMembers';
import { analyzeCsatTemplate } from './analyzeCsatTemplate';
import { create } from './create';
import { deleteInbox } from './delete';
import { deleteAvatar } from './deleteAvatar';
import { get } from './get';
import { getAgentBot } from './getAgentBot';
import { getAll } from './getAll';
import { getCsatTemplate } from './getCsatTemplate';
import { getHealth } from './getHealth';
import { getAssignableAgents } from './getAssignableAgents';
import { getMembers } from './getMembers';
import { registerWebhook } from './registerWebhook';
import { removeMembers } from './removeMembers';
import { resetSecret } from './resetSecret';
import { setAgentBot } from './setAgentBot';
import { setCsatTemplate } from './setCsatTemplate';
import { syncTemplates } from './syncTemplates';
import { update } from './update';
import { updateMembers } from './updateMembers';

export const inboxDescription = resourceProperties('inbox', 'getAll', [
	addMembers,
	analyzeCsatTemplate,
	create,
	deleteInbox,
	deleteAvatar,
	get,
	getAgentBot,
	getAll,
	getCsatTemplate,
	getHealth,
	getAssignableAgents,
	getMembers,
	registerWebhook,
	removeMembers,
	resetSecret,
	setAgentBot,
	setCsatTemplate,
	syncTemplates,
	update,
	updateMembers,
]);
