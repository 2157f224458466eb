'use strict';
/**
 * The growth measurement: this node's description with `count` synthetic properties added,
 * shaped like the fields of operations still to come (a string field shown for one
 * resource and operation, never for Platform User > Update). Only the bench builds it;
 * nothing here is shipped.
 *
 * n8n-core's RoutingNode walks every top-level property twice per item, shown or not, so
 * the padded node's extra time per item is what that many more properties cost.
 */

/** The synthetic properties: ten per made-up operation of a made-up resource. */
function paddingProperties(count) {
	return Array.from({ length: count }, (_, i) => ({
		displayName: `Bench Padding ${i}`,
		name: `benchPadding${i}`,
		type: 'string',
		default: '',
		displayOptions: { show: { resource: ['benchPadding'], operation: [`operation${Math.floor(i / 10)}`] } },
	}));
}

/**
 * A copy of `description` with the padding after Resource and Account, before the
 * resources' own fields (each getNodeParameter call finds a field by a walk through the list,
 * so the padding lies in that walk, as new resources listed before Platform User would).
 */
function paddedDescription(description, count, naming = {}) {
	const properties = [...description.properties];
	properties.splice(2, 0, ...paddingProperties(count));
	return { ...description, ...naming, properties };
}

/**
 * Source of a node file for n8n's custom-extensions folder (~/.n8n/custom): the installed
 * package's node with `count` padding properties, as node type CUSTOM.chatWootPadded.
 */
function paddedNodeSource(installedNodeFile, count) {
	return `'use strict';
// Written by the bench (bench/lib/padding.js): this node with ${count} synthetic properties.
const { ChatWoot } = require(${JSON.stringify(installedNodeFile)});
const { paddedDescription } = require(${JSON.stringify(__filename)});

class ChatWootPadded extends ChatWoot {
	constructor() {
		super();
		this.description = paddedDescription(this.description, ${count}, {
			name: 'chatWootPadded',
			displayName: 'ChatWoot (bench, ${count} padding properties)',
		});
	}
}

module.exports = { ChatWootPadded };
`;
}

module.exports = { paddingProperties, paddedDescription, paddedNodeSource };
