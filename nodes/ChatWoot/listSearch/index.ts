import { getAccounts } from './getAccounts';
import { getContacts } from './getContacts';
import { getConversations } from './getConversations';
import { getIntegrationHooks } from './getIntegrationHooks';
import { getLabels } from './getLabels';
import { getPortals } from './getPortals';
import { getHelpCenterArticles } from './getHelpCenterArticles';
import { getHelpCenterCategories } from './getHelpCenterCategories';
import { getAgents } from './getAgents';
import { getInboxes } from './getInboxes';
import { getTeams } from './getTeams';
import { getAgentBots } from './getAgentBots';
import { getAutomationRules } from './getAutomationRules';
import { getCannedResponses } from './getCannedResponses';
import { getCustomAttributes } from './getCustomAttributes';
import { getCustomFilters } from './getCustomFilters';
import { getWebhooks } from './getWebhooks';
import { getMessages } from './getMessages';
import { getSlaPolicies } from './getSlaPolicies';
import { getCompanies } from './getCompanies';
import { getMacros } from './getMacros';

/** Searchable lists of the node's resource locators, one per file. */
export const listSearch = {
	getAccounts,
	getContacts,
	getConversations,
	getIntegrationHooks,
	getLabels,
	getPortals,
	getHelpCenterArticles,
	getHelpCenterCategories,
	getAgents,
	getInboxes,
	getTeams,
	getAgentBots,
	getAutomationRules,
	getCannedResponses,
	getCustomAttributes,
	getCustomFilters,
	getWebhooks,
	getMessages,
	getSlaPolicies,
	getCompanies,
	getMacros,
};
