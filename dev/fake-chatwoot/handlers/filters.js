'use strict';
// The filter payload of POST .../contacts/filter and .../conversations/filter:
// [{ attribute_key, filter_operator, values, query_operator }], each query_operator
// joining a condition to the next one, evaluated left to right.

function asList(value) {
	if (Array.isArray(value)) return value.map((v) => String(v).toLowerCase());
	if (value === null || value === undefined) return [];
	return [String(value).toLowerCase()];
}

function test(operator, actual, values) {
	const have = asList(actual);
	const want = (values || []).map((v) => String(v).toLowerCase());
	switch (operator) {
		case 'equal_to':
			return have.some((h) => want.includes(h));
		case 'not_equal_to':
			return !have.some((h) => want.includes(h));
		case 'contains':
			return have.some((h) => want.some((w) => h.includes(w)));
		case 'does_not_contain':
			return !have.some((h) => want.some((w) => h.includes(w)));
		case 'is_present':
			return have.some((h) => h !== '');
		case 'is_not_present':
			return !have.some((h) => h !== '');
		default:
			return false;
	}
}

/** `read(record, key)` returns the value an attribute_key refers to. */
function matches(record, filters, read) {
	let result;
	filters.forEach((f, i) => {
		const hit = test(f.filter_operator, read(record, f.attribute_key), f.values);
		if (i === 0) result = hit;
		else if (String(filters[i - 1].query_operator || 'and').toLowerCase() === 'or') result = result || hit;
		else result = result && hit;
	});
	return filters.length ? result : true;
}

module.exports = { matches };
