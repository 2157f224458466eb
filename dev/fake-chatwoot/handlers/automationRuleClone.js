'use strict';
// AutomationRulesController#clone: a copy of the rule (`dup`: a new id, everything else the
// same), answered as {payload: rule} (automation_rules/clone.json.jbuilder).

const { ok, requireAdmin } = require('./util');
const { notFound } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');

function cloneRule(ctx) {
	requireAdmin(ctx);
	// find_by(id:): nil for an unknown rule, and nil.dup raises (500 on the real server); 404 here
	const rule = ctx.state.automationRules.find((r) => r.id === Number(ctx.params.automation_rule_id) && r.account_id === ctx.account.id);
	if (!rule) throw notFound();
	const copy = { ...structuredClone(rule), id: nextId(ctx.state, 'automationRules'), created_at: ctx.now };
	ctx.state.automationRules.push(copy);
	return ok({ payload: views.automationRule(copy) });
}

module.exports = { handlers: { 'api/v1/accounts/automation_rules#clone': cloneRule } };
