'use strict';
// Teams and their members.

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin, currentUserId } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { blank } = require('../models/user');
const { accountAgents, agentView } = require('./agents');
const { agentIdsOrThrow } = require('./inboxes');

function teamErrors(ctx, team) {
	const errors = [];
	if (blank(team.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	else if (inAccount(ctx, 'teams').some((t) => t.id !== team.id && t.name === team.name)) errors.push({ attribute: 'name', message: 'Name has already been taken' });
	return errors;
}

const teamView = (ctx, team) => views.teamView(ctx.state, team, currentUserId(ctx));

function listTeams(ctx) {
	return ok(inAccount(ctx, 'teams').map((t) => teamView(ctx, t)));
}

function saveTeam(ctx, team) {
	// team names are stored downcased
	if (typeof team.name === 'string') team.name = team.name.toLowerCase();
	saveOrThrow(teamErrors(ctx, team));
	return team;
}

function createTeam(ctx) {
	requireAdmin(ctx);
	const team = saveTeam(ctx, { id: nextId(ctx.state, 'teams'), account_id: ctx.account.id, description: null, allow_auto_assign: true, ...permit(ctx.body, ['name', 'description', 'allow_auto_assign']), created_at: ctx.now });
	ctx.state.teams.push(team);
	return ok(teamView(ctx, team));
}

function showTeam(ctx) {
	return ok(teamView(ctx, findInAccount(ctx, 'teams', ctx.params.team_id)));
}

function updateTeam(ctx) {
	requireAdmin(ctx);
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	const changed = saveTeam(ctx, { ...team, ...permit(ctx.body, ['name', 'description', 'allow_auto_assign']) });
	Object.assign(team, changed);
	return ok(teamView(ctx, team));
}

function deleteTeam(ctx) {
	requireAdmin(ctx);
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	ctx.state.teams = ctx.state.teams.filter((t) => t !== team);
	ctx.state.teamMembers = ctx.state.teamMembers.filter((m) => m.team_id !== team.id);
	for (const c of ctx.state.conversations) if (c.team_id === team.id) c.team_id = null;
	return headOk();
}

function teamAgents(ctx, team) {
	const ids = ctx.state.teamMembers.filter((m) => m.team_id === team.id).map((m) => m.user_id);
	return accountAgents(ctx).filter((u) => ids.includes(u.id));
}

function teamMembers(ctx) {
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	return ok(teamAgents(ctx, team).map((u) => agentView(ctx, u)));
}

function setTeamMembers(ctx, mode) {
	requireAdmin(ctx);
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	const ids = agentIdsOrThrow(ctx, ctx.body.user_ids);
	const s = ctx.state;
	const before = teamAgents(ctx, team).map((u) => u.id);
	if (mode === 'replace' || mode === 'remove') s.teamMembers = s.teamMembers.filter((m) => m.team_id !== team.id || (mode === 'remove' && !ids.includes(m.user_id)));
	if (mode !== 'remove') {
		for (const id of ids) {
			if (!s.teamMembers.some((m) => m.team_id === team.id && m.user_id === id)) s.teamMembers.push({ id: nextId(s, 'teamMembers'), team_id: team.id, user_id: id });
		}
	}
	if (mode === 'remove') return headOk();
	// create answers the agents it added; update the whole team
	const shown = mode === 'add' ? teamAgents(ctx, team).filter((u) => !before.includes(u.id)) : teamAgents(ctx, team);
	return ok(shown.map((u) => agentView(ctx, u)));
}

module.exports = {
	handlers: {
		'list-all-teams': listTeams,
		'create-a-team': createTeam,
		'get-details-of-a-single-team': showTeam,
		'update-a-team': updateTeam,
		'delete-a-team': deleteTeam,
		'get-team-members': teamMembers,
		'add-new-agent-to-team': (ctx) => setTeamMembers(ctx, 'add'),
		'update-agents-in-team': (ctx) => setTeamMembers(ctx, 'replace'),
		'delete-agent-in-team': (ctx) => setTeamMembers(ctx, 'remove'),
	},
};
