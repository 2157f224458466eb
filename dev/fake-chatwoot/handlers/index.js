'use strict';
// Handlers by spec operationId. Operations without one get a plausible 200 built from
// the spec's response schema (see index.js dispatch).

const platform = require('./platform');
const profile = require('./profile');
const contacts = require('./contacts');
const contactAttributes = require('./contactAttributes');
const conversations = require('./conversations');
const messages = require('./messages');
const account = require('./account');
const agents = require('./agents');
const agentBots = require('./agentBots');
const inboxes = require('./inboxes');
const teams = require('./teams');
const labels = require('./labels');
const cannedResponses = require('./cannedResponses');
const customAttributes = require('./customAttributes');
const customFilters = require('./customFilters');
const automationRules = require('./automationRules');
const webhooks = require('./webhooks');
const helpCenter = require('./helpCenter');
const publicApi = require('./public');
const auditLogs = require('./auditLogs');
const integrations = require('./integrations');
const reports = require('./reports');
const publicMessages = require('./publicMessages');
// -- new handler files: help center --
const helpCenterServerRoutes = require('./helpCenterServerRoutes');
// -- new handler files: conversations, messages, macros, bulk actions, captain --
const macros = require('./macros');
const conversationActions = require('./conversationActions');
const captain = require('./captain');
// -- new handler files: contacts, contact notes, search, CSAT responses, campaigns --
const contactNotes = require('./contactNotes');
const campaigns = require('./campaigns');
const search = require('./search');
const csatResponses = require('./csatResponses');
const contactExtras = require('./contactExtras');
// -- new handler files: reports v2, agents and presence, integrations --
const reportsV2 = require('./reportsV2');
const presence = require('./presence');
const integrationActions = require('./integrationActions');
// -- new handler files: SLA policies, companies, inbox extras, agent bots, automation rules, platform --
const slaPolicies = require('./slaPolicies');
const companies = require('./companies');
const inboxExtras = require('./inboxExtras');
const agentBotExtras = require('./agentBotExtras');
const automationRuleClone = require('./automationRuleClone');
const platformExtras = require('./platformExtras');
const { seedApplication } = require('../seed');

const byOperation = {
	...platform.handlers,
	fetchProfile: profile.fetchProfile,
	updateProfile: profile.updateProfile,
	...contacts.handlers,
	...contactAttributes.handlers,
	...conversations.handlers,
	...messages.handlers,
	...account.handlers,
	...agents.handlers,
	...agentBots.handlers,
	...inboxes.handlers,
	...teams.handlers,
	...labels.handlers,
	...cannedResponses.handlers,
	...customAttributes.handlers,
	...customFilters.handlers,
	...automationRules.handlers,
	...webhooks.handlers,
	...helpCenter.handlers,
	...publicApi.handlers,
	...auditLogs.handlers,
	...integrations.handlers,
	...reports.handlers,
	// after publicApi: pages the client API's message list
	...publicMessages.handlers,
	// -- help center --
	...helpCenterServerRoutes.handlers,
	// -- conversations, messages, macros, bulk actions, captain --
	...macros.handlers,
	...conversationActions.handlers,
	...captain.handlers,
	// -- contacts, contact notes, search, CSAT responses, campaigns --
	...contactNotes.handlers,
	...campaigns.handlers,
	...search.handlers,
	...csatResponses.handlers,
	...contactExtras.handlers,
	// -- reports v2, agents and presence, integrations --
	...reportsV2.handlers,
	...presence.handlers,
	...integrationActions.handlers,
	// -- SLA policies, companies, inbox extras, agent bots, automation rules, platform --
	...slaPolicies.handlers,
	...companies.handlers,
	...inboxExtras.handlers,
	...agentBotExtras.handlers,
	...automationRuleClone.handlers,
	...platformExtras.handlers,
};

module.exports = { byOperation, seedApplication };
