import { resourceProperties } from '../../shared/declare/operation';
import { addDyteParticipant } from './addDyteParticipant';
import { createDyteMeeting } from './createDyteMeeting';
import { createHook } from './createHook';
import { createLinearIssue } from './createLinearIssue';
import { deleteHook } from './deleteHook';
import { disconnectLinear } from './disconnectLinear';
import { disconnectNotion } from './disconnectNotion';
import { disconnectShopify } from './disconnectShopify';
import { disconnectSlack } from './disconnectSlack';
import { getAllApps } from './getAllApps';
import { getApp } from './getApp';
import { getLinearLinkedIssues } from './getLinearLinkedIssues';
import { getLinearTeamEntities } from './getLinearTeamEntities';
import { getLinearTeams } from './getLinearTeams';
import { getShopifyOrders } from './getShopifyOrders';
import { getSlackChannels } from './getSlackChannels';
import { linkLinearIssue } from './linkLinearIssue';
import { searchLinearIssues } from './searchLinearIssues';
import { setSlackChannel } from './setSlackChannel';
import { unlinkLinearIssue } from './unlinkLinearIssue';
import { updateHook } from './updateHook';

export const integrationDescription = resourceProperties('integration', 'getAllApps', [
	addDyteParticipant,
	createDyteMeeting,
	createHook,
	createLinearIssue,
	deleteHook,
	disconnectLinear,
	disconnectNotion,
	disconnectShopify,
	disconnectSlack,
	getAllApps,
	getApp,
	getLinearLinkedIssues,
	getLinearTeamEntities,
	getLinearTeams,
	getShopifyOrders,
	getSlackChannels,
	linkLinearIssue,
	searchLinearIssues,
	setSlackChannel,
	unlinkLinearIssue,
	updateHook,
]);
