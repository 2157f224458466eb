'use strict';
// Custom attribute definitions.

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { blank } = require('../models/user');

const ATTRIBUTE_PARAMS = ['attribute_display_name', 'attribute_description', 'attribute_display_type', 'attribute_key', 'attribute_model', 'regex_pattern', 'regex_cue', 'default_value', 'attribute_values'];

/** Enums arrive as their integer (the spec) or their name; stored as the name. */
function enumName(names, value) {
	if (typeof value === 'number') return names[value];
	return value;
}

function attributeErrors(ctx, d) {
	const errors = [];
	if (blank(d.attribute_display_name)) errors.push({ attribute: 'attribute_display_name', message: "Attribute display name can't be blank" });
	if (blank(d.attribute_key)) errors.push({ attribute: 'attribute_key', message: "Attribute key can't be blank" });
	else if (inAccount(ctx, 'customAttributeDefinitions').some((o) => o.id !== d.id && o.attribute_key === d.attribute_key && o.attribute_model === d.attribute_model)) {
		errors.push({ attribute: 'attribute_key', message: 'Attribute key has already been taken' });
	}
	if (!views.ATTRIBUTE_MODELS.includes(d.attribute_model)) errors.push({ attribute: 'attribute_model', message: 'Attribute model is not included in the list' });
	if (!views.ATTRIBUTE_DISPLAY_TYPES.includes(d.attribute_display_type)) errors.push({ attribute: 'attribute_display_type', message: 'Attribute display type is not included in the list' });
	return errors;
}

function attributeAttrs(body) {
	const attrs = permit(body, ATTRIBUTE_PARAMS);
	if ('attribute_model' in attrs) attrs.attribute_model = enumName(views.ATTRIBUTE_MODELS, attrs.attribute_model);
	if ('attribute_display_type' in attrs) attrs.attribute_display_type = enumName(views.ATTRIBUTE_DISPLAY_TYPES, attrs.attribute_display_type);
	return attrs;
}

function listAttributes(ctx) {
	const model = views.ATTRIBUTE_MODELS[Number(ctx.query.attribute_model)];
	return ok(inAccount(ctx, 'customAttributeDefinitions').filter((d) => d.attribute_model === model).map(views.customAttributeDefinition));
}

function createAttribute(ctx) {
	requireAdmin(ctx);
	const d = {
		id: nextId(ctx.state, 'customAttributeDefinitions'),
		account_id: ctx.account.id,
		attribute_description: null,
		regex_pattern: null,
		regex_cue: null,
		default_value: null,
		attribute_values: [],
		attribute_display_type: 'text',
		attribute_model: 'conversation_attribute',
		...attributeAttrs(ctx.body),
		created_at: ctx.now,
		updated_at: ctx.now,
	};
	saveOrThrow(attributeErrors(ctx, d));
	ctx.state.customAttributeDefinitions.push(d);
	return ok(views.customAttributeDefinition(d));
}

function showAttribute(ctx) {
	return ok(views.customAttributeDefinition(findInAccount(ctx, 'customAttributeDefinitions', ctx.params.id)));
}

function updateAttribute(ctx) {
	requireAdmin(ctx);
	const d = findInAccount(ctx, 'customAttributeDefinitions', ctx.params.id);
	const changed = { ...d, ...attributeAttrs(ctx.body), updated_at: ctx.now };
	saveOrThrow(attributeErrors(ctx, changed));
	Object.assign(d, changed);
	return ok(views.customAttributeDefinition(d));
}

function deleteAttribute(ctx) {
	requireAdmin(ctx);
	const d = findInAccount(ctx, 'customAttributeDefinitions', ctx.params.id);
	ctx.state.customAttributeDefinitions = ctx.state.customAttributeDefinitions.filter((x) => x !== d);
	return headOk();
}

module.exports = {
	handlers: {
		'get-account-custom-attribute': listAttributes,
		'add-new-custom-attribute-to-account': createAttribute,
		'get-details-of-a-single-custom-attribute': showAttribute,
		'update-custom-attribute-in-account': updateAttribute,
		'delete-custom-attribute-from-account': deleteAttribute,
	},
};
