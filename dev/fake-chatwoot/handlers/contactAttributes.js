'use strict';
// ContactsController#destroy_custom_attributes (a route the spec leaves out, spec.js entry 8).

const { ok, findInAccount } = require('./util');
const views = require('../views/application');

function destroyCustomAttributes(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.id);
	// `custom_attributes.excluding(params[:custom_attributes])`: the named keys go, the rest stays
	const keys = [].concat(ctx.body.custom_attributes || []).map(String);
	contact.custom_attributes = Object.fromEntries(Object.entries(contact.custom_attributes || {}).filter(([key]) => !keys.includes(key)));
	contact.updated_at = ctx.now;
	return ok({ payload: views.contact(ctx.state, contact, true) });
}

module.exports = { handlers: { 'fake-contact-destroy-custom-attributes': destroyCustomAttributes } };
