'use strict';
// Time as Rails renders it.

/** ActiveSupport's JSON for a time: ISO 8601, milliseconds, UTC "Z"; null stays null. */
function iso(date) {
	return date ? new Date(date).toISOString() : null;
}

/** Views that call `.to_i` on a time: unix seconds. */
function unix(date) {
	return date ? Math.floor(new Date(date).getTime() / 1000) : null;
}

module.exports = { iso, unix };
