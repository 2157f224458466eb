'use strict';
// Automation rules.

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { blank } = require('../models/user');

const RULE_PARAMS = ['name', 'description', 'event_name', 'active', 'actions', 'conditions'];

function ruleErrors(r) {
	const errors = [];
	for (const [key, label] of [
		['name', 'Name'],
		['event_name', 'Event name'],
		['conditions', 'Conditions'],
		['actions', 'Actions'],
	]) {
		if (blank(r[key]) || (Array.isArray(r[key]) && !r[key].length)) errors.push({ attribute: key, message: `${label} can't be blank` });
	}
	return errors;
}

function listRules(ctx) {
	requireAdmin(ctx);
	return ok({ payload: inAccount(ctx, 'automationRules').map(views.automationRule) });
}

function createRule(ctx) {
	requireAdmin(ctx);
	const r = { id: nextId(ctx.state, 'automationRules'), account_id: ctx.account.id, description: null, active: true, ...permit(ctx.body, RULE_PARAMS), created_at: ctx.now };
	saveOrThrow(ruleErrors(r));
	ctx.state.automationRules.push(r);
	return ok({ payload: views.automationRule(r) });
}

function showRule(ctx) {
	requireAdmin(ctx);
	return ok({ payload: views.automationRule(findInAccount(ctx, 'automationRules', ctx.params.id)) });
}

function updateRule(ctx) {
	requireAdmin(ctx);
	const r = findInAccount(ctx, 'automationRules', ctx.params.id);
	const changed = { ...r, ...permit(ctx.body, RULE_PARAMS) };
	saveOrThrow(ruleErrors(changed));
	Object.assign(r, changed);
	return ok({ payload: views.automationRule(r) });
}

function deleteRule(ctx) {
	requireAdmin(ctx);
	const r = findInAccount(ctx, 'automationRules', ctx.params.id);
	ctx.state.automationRules = ctx.state.automationRules.filter((x) => x !== r);
	return headOk();
}

module.exports = {
	handlers: {
		'get-account-automation-rule': listRules,
		'add-new-automation-rule-to-account': createRule,
		'get-details-of-a-single-automation-rule': showRule,
		'update-automation-rule-in-account': updateRule,
		'delete-automation-rule-from-account': deleteRule,
	},
};
