import type { INodeProperties } from 'n8n-workflow';
import { accountDescription } from './account';
import { agentDescription } from './agent';
import { agentBotDescription } from './agentBot';
import { appliedSlaDescription } from './appliedSla';
import { auditLogDescription } from './auditLog';
import { automationRuleDescription } from './automationRule';
import { campaignDescription } from './campaign';
import { cannedResponseDescription } from './cannedResponse';
import { captainDescription } from './captain';
import { companyDescription } from './company';
import { contactDescription } from './contact';
import { contactNoteDescription } from './contactNote';
import { conversationDescription } from './conversation';
import { customAttributeDescription } from './customAttribute';
import { customFilterDescription } from './customFilter';
import { helpCenterDescription } from './helpCenter';
import { inboxDescription } from './inbox';
import { integrationDescription } from './integration';
import { labelDescription } from './label';
import { macroDescription } from './macro';
import { messageDescription } from './message';
import { profileDescription } from './profile';
import { reportDescription } from './report';
import { searchDescription } from './search';
import { slaPolicyDescription } from './slaPolicy';
import { teamDescription } from './team';
import { webhookDescription } from './webhook';
import { csatResponseDescription } from './csatResponse';
import { csatSurveyDescription } from './csatSurvey';
import { clientContactDescription } from './clientContact';
import { clientConversationDescription } from './clientConversation';
import { clientMessageDescription } from './clientMessage';
import { clientInboxDescription } from './clientInbox';
import { platformAccountDescription } from './platformAccount';
import { platformAccountUserDescription } from './platformAccountUser';
import { platformAgentBotDescription } from './platformAgentBot';
import { platformUserDescription } from './platformUser';

export interface ResourceEntry {
	name: string;
	value: string;
	description: string;
	/** Application API resources live under /api/v1/accounts/{account_id}: they get the Account field. */
	application: boolean;
	properties: INodeProperties[];
}

/** Every resource of the node, in the order the editor lists them. */
export const RESOURCES: ResourceEntry[] = [
	{
		name: 'Account',
		value: 'account',
		description: 'The account itself: name, locale, settings',
		application: true,
		properties: accountDescription,
	},
	{
		name: 'Agent',
		value: 'agent',
		description: 'People who work in the account',
		application: true,
		properties: agentDescription,
	},
	{
		name: 'Agent Bot',
		value: 'agentBot',
		description: 'Bots of the account that answer conversations',
		application: true,
		properties: agentBotDescription,
	},
	{
		name: 'Applied SLA',
		value: 'appliedSla',
		description: 'SLAs conversations missed, and SLA metrics (Enterprise)',
		application: true,
		properties: appliedSlaDescription,
	},
	{
		name: 'Audit Log',
		value: 'auditLog',
		description: 'Who changed what in the account',
		application: true,
		properties: auditLogDescription,
	},
	{
		name: 'Automation Rule',
		value: 'automationRule',
		description: 'Rules that act on events (Enterprise)',
		application: true,
		properties: automationRuleDescription,
	},
	{
		name: 'Campaign',
		value: 'campaign',
		description: 'Messages sent to website visitors or to contacts by label (SMS, WhatsApp)',
		application: true,
		properties: campaignDescription,
	},
	{
		name: 'Canned Response',
		value: 'cannedResponse',
		description: 'Saved replies agents insert with a shortcut',
		application: true,
		properties: cannedResponseDescription,
	},
	{
		name: 'Captain',
		value: 'captain',
		description: "Chatwoot's AI: summaries, reply and label suggestions, rewrites",
		application: true,
		properties: captainDescription,
	},
	{
		name: 'Company',
		value: 'company',
		description: 'Companies and the contacts that belong to them (Enterprise)',
		application: true,
		properties: companyDescription,
	},
	{
		name: 'Contact',
		value: 'contact',
		description: 'People who talk to you',
		application: true,
		properties: contactDescription,
	},
	{
		name: 'Contact Note',
		value: 'contactNote',
		description: 'Notes agents keep on a contact',
		application: true,
		properties: contactNoteDescription,
	},
	{
		name: 'Conversation',
		value: 'conversation',
		description: 'Conversations, their status, labels, assignment and attributes',
		application: true,
		properties: conversationDescription,
	},
	{
		name: 'CSAT Response',
		value: 'csatResponse',
		description: 'Ratings and feedback from customer satisfaction surveys',
		application: true,
		properties: csatResponseDescription,
	},
	{
		name: 'Custom Attribute',
		value: 'customAttribute',
		description: 'Definitions of custom attributes for contacts and conversations',
		application: true,
		properties: customAttributeDescription,
	},
	{
		name: 'Custom Filter',
		value: 'customFilter',
		description: 'Saved filters of conversations, contacts and reports',
		application: true,
		properties: customFilterDescription,
	},
	{
		name: 'Help Center',
		value: 'helpCenter',
		description: 'Portals, categories and articles',
		application: true,
		properties: helpCenterDescription,
	},
	{
		name: 'Inbox',
		value: 'inbox',
		description: 'Channels conversations arrive in, and their agents',
		application: true,
		properties: inboxDescription,
	},
	{
		name: 'Integration',
		value: 'integration',
		description: 'Integration apps and hooks',
		application: true,
		properties: integrationDescription,
	},
	{
		name: 'Label',
		value: 'label',
		description: 'Labels of the account',
		application: true,
		properties: labelDescription,
	},
	{
		name: 'Macro',
		value: 'macro',
		description: 'Saved bundles of actions agents run on conversations',
		application: true,
		properties: macroDescription,
	},
	{
		name: 'Message',
		value: 'message',
		description: 'Messages of a conversation',
		application: true,
		properties: messageDescription,
	},
	{
		name: 'Profile',
		value: 'profile',
		description: 'The profile of the token\'s user',
		application: false,
		properties: profileDescription,
	},
	{
		name: 'Report',
		value: 'report',
		description: 'Conversation, agent, inbox and team metrics',
		application: true,
		properties: reportDescription,
	},
	{
		name: 'Search',
		value: 'search',
		description: 'Find conversations, contacts, messages and articles by text',
		application: true,
		properties: searchDescription,
	},
	{
		name: 'SLA Policy',
		value: 'slaPolicy',
		description: 'Response and resolution time targets (Enterprise)',
		application: true,
		properties: slaPolicyDescription,
	},
	{
		name: 'Team',
		value: 'team',
		description: 'Teams and their members',
		application: true,
		properties: teamDescription,
	},
	{
		name: 'Webhook',
		value: 'webhook',
		description: 'Account webhooks',
		application: true,
		properties: webhookDescription,
	},
	{
		name: 'CSAT Survey',
		value: 'csatSurvey',
		description: 'The public customer satisfaction survey page',
		application: false,
		properties: csatSurveyDescription,
	},
	{
		name: 'Client API: Contact',
		value: 'clientContact',
		description: 'A contact as the end user\'s own client sees it (API inbox)',
		application: false,
		properties: clientContactDescription,
	},
	{
		name: 'Client API: Conversation',
		value: 'clientConversation',
		description: 'Conversations of a contact through the client API',
		application: false,
		properties: clientConversationDescription,
	},
	{
		name: 'Client API: Message',
		value: 'clientMessage',
		description: 'Messages of a contact\'s conversation through the client API',
		application: false,
		properties: clientMessageDescription,
	},
	{
		name: 'Client API: Inbox',
		value: 'clientInbox',
		description: 'The public details of an API inbox',
		application: false,
		properties: clientInboxDescription,
	},
	{
		name: 'Platform: Account',
		value: 'platformAccount',
		description: 'Accounts of the installation (platform app token)',
		application: false,
		properties: platformAccountDescription,
	},
	{
		name: 'Platform: Account User',
		value: 'platformAccountUser',
		description: 'Who belongs to which account, with which role (platform app token)',
		application: false,
		properties: platformAccountUserDescription,
	},
	{
		name: 'Platform: Agent Bot',
		value: 'platformAgentBot',
		description: 'Agent bots of the installation (platform app token)',
		application: false,
		properties: platformAgentBotDescription,
	},
	{
		name: 'Platform: User',
		value: 'platformUser',
		description: 'Users of the installation (platform app token)',
		application: false,
		properties: platformUserDescription,
	},
];
