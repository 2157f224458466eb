'use strict';
// GET/PUT /api/v1/profile (Api::V1::ProfilesController): the user of the token.

const { ok, permit } = require('./util');
const { saveOrThrow, unprocessable, HttpError } = require('../errors');
const { userErrors, normalizeEmail } = require('../models/user');
const views = require('../views/platform');

function currentUser(ctx) {
	// the spec lets only user tokens here; a bot never reaches this (401 before)
	if (ctx.principal.kind !== 'user') throw new HttpError(401, { error: 'Access to this endpoint is not authorized for bots' });
	return ctx.principal.user;
}

function fetchProfile(ctx) {
	return ok(views.profileUser(ctx.state, currentUser(ctx)));
}

const PROFILE_PARAMS = ['email', 'name', 'display_name', 'message_signature', 'phone_number', 'ui_settings', 'avatar'];

function updateProfile(ctx) {
	const user = currentUser(ctx);
	const profile = ctx.body.profile || {};
	const changed = { ...user, updated_at: ctx.now };
	const passwordGiven = Boolean(profile.password);
	if (passwordGiven) {
		// the current password is checked first: 422 {"error": "Invalid current password"}
		if (profile.current_password !== user.password) throw unprocessable('Invalid current password');
		changed.password = profile.password;
	}
	const attrs = permit(profile, PROFILE_PARAMS);
	if (attrs.avatar) {
		changed.avatar_url = `${ctx.baseUrl}/rails/active_storage/blobs/avatar-${user.id}/${encodeURIComponent(attrs.avatar.filename || 'avatar')}`;
		delete attrs.avatar;
	}
	Object.assign(changed, attrs);
	if ('email' in attrs) changed.email = normalizeEmail(attrs.email);
	saveOrThrow(userErrors(ctx.state, changed, passwordGiven));
	Object.assign(user, changed);
	return ok(views.profileUser(ctx.state, user));
}

module.exports = { fetchProfile, updateProfile };
