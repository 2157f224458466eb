'use strict';
// Validations of Chatwoot's User model: Devise's validatable (email), the model's own
// (name) and devise-secure_password's password_has_required_content (password).

// Devise.email_regexp
const EMAIL_REGEXP = /^[^@\s]+@[^@\s]+$/;

// devise-secure_password's CharacterCounter: what counts as "special"; anything that is
// not a letter, digit or one of these is an "invalid character".
const SPECIAL_CHARACTERS = '!@#$%^&*()_+-=[]{}|\'"/\\.,`<>:;?~';
// Chatwoot's config: Devise.password_length = 6..128, one of each kind required
const PASSWORD_LENGTH = { min: 6, max: 128 };

function characterKind(c) {
	if (c >= 'A' && c <= 'Z') return 'uppercase';
	if (c >= 'a' && c <= 'z') return 'lowercase';
	if (c >= '0' && c <= '9') return 'number';
	if (SPECIAL_CHARACTERS.includes(c)) return 'special';
	return 'unknown';
}

/**
 * The gem's messages, in its order (length, uppercase, lowercase, number, special,
 * unknown), each prefixed with the attribute name as full_messages does.
 */
function passwordMessages(password) {
	const chars = [...String(password)];
	const messages = [];
	if (chars.length < PASSWORD_LENGTH.min) messages.push(`must contain at least ${PASSWORD_LENGTH.min} characters`);
	else if (chars.length > PASSWORD_LENGTH.max) messages.push(`must contain less than ${PASSWORD_LENGTH.max} characters`);
	const counts = { uppercase: 0, lowercase: 0, number: 0, special: 0 };
	const unknown = [];
	for (const c of chars) {
		const kind = characterKind(c);
		if (kind === 'unknown') {
			if (!unknown.includes(c)) unknown.push(c);
		} else counts[kind]++;
	}
	for (const kind of ['uppercase', 'lowercase', 'number', 'special']) {
		if (counts[kind] < 1) messages.push(`must contain at least 1 ${kind} character`);
	}
	if (unknown.length) {
		const total = chars.filter((c) => characterKind(c) === 'unknown').length;
		messages.push(`contains ${total} invalid ${total === 1 ? 'character' : 'characters'} (${unknown.join('')})`);
	}
	return messages.map((m) => `Password ${m}`);
}

/** Devise downcases and strips the email before validating and saving it. */
function normalizeEmail(email) {
	return typeof email === 'string' ? email.trim().toLowerCase() : email;
}

function blank(value) {
	return value === undefined || value === null || String(value).trim() === '';
}

/**
 * Errors ({ attribute, message }) for a user about to be saved. `passwordGiven` is
 * Devise's password_required?: a new record, or a password was assigned.
 */
function userErrors(state, user, passwordGiven) {
	const errors = [];
	if (blank(user.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (blank(user.email)) errors.push({ attribute: 'email', message: "Email can't be blank" });
	else if (!EMAIL_REGEXP.test(user.email)) errors.push({ attribute: 'email', message: 'Email is invalid' });
	else if (state.users.some((u) => u.id !== user.id && u.email === user.email)) {
		errors.push({ attribute: 'email', message: 'Email has already been taken' });
	}
	if (passwordGiven) {
		for (const message of passwordMessages(user.password ?? '')) errors.push({ attribute: 'password', message });
	}
	return errors;
}

module.exports = { userErrors, passwordMessages, normalizeEmail, blank, SPECIAL_CHARACTERS };
