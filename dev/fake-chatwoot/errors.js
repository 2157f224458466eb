'use strict';
// Chatwoot's error answers, one constructor each, so handlers just `throw`.

class HttpError extends Error {
	constructor(status, body) {
		super(typeof body === 'object' && body ? body.error || body.message || JSON.stringify(body) : String(body));
		this.status = status;
		this.body = body;
	}
}

// Application API (RequestExceptionHandler#handle_with_exception)
const notFound = () => new HttpError(404, { error: 'Resource could not be found' });

// Rails' public exceptions app renders this for JSON requests: the Platform API's
// RecordNotFound (PlatformController has no around_action handle_with_exception), and a
// route that is not drawn (an Enterprise route on a server without the Enterprise code).
const railsNotFound = () => new HttpError(404, { status: 404, error: 'Not Found' });

const unauthorized = (error) => new HttpError(401, { error });

// Devise's answer when no token header is present at all
const signInRequired = () => new HttpError(401, { errors: ['You need to sign in or sign up before continuing.'] });

/**
 * ActiveRecord::RecordInvalid as RequestExceptionHandler#render_record_invalid renders it.
 * `errors` is a list of { attribute, message } where message is a full message.
 */
function recordInvalid(errors) {
	return new HttpError(422, {
		message: errors.map((e) => e.message).join(', '),
		attributes: [...new Set(errors.map((e) => e.attribute))],
	});
}

/** Throws RecordInvalid when there are errors (like `save!`). */
function saveOrThrow(errors) {
	if (errors.length) throw recordInvalid(errors);
}

const unprocessable = (error) => new HttpError(422, { error });

module.exports = { HttpError, notFound, railsNotFound, unauthorized, signInRequired, recordInvalid, saveOrThrow, unprocessable };
