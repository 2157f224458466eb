/**
 * Top-level parameter names are unique across the node. For every item, n8n-core's
 * RoutingNode evaluates the node's value under each property's name before it checks whether
 * that property is shown, so a name used by twenty properties (one `updateFields` per
 * resource) had its expressions evaluated twenty times per item (bench/NOTES.md). A field
 * that several resources have is therefore named after its resource (`contactReturnAll`,
 * `messageDownloadAttachments`); a resource's own record keeps the plain name (`contact`).
 */
export function ownName(resource: string, field: string): string {
	return resource + field.charAt(0).toUpperCase() + field.slice(1);
}

interface ParameterReader {
	getNodeParameter(name: string, fallback?: unknown): unknown;
}

/** The value of `field` (named with `ownName`) for the resource the node is set to. */
export function getOwnParameter(ctx: ParameterReader, field: string, fallback: unknown): unknown {
	const resource = ctx.getNodeParameter('resource') as string;
	return ctx.getNodeParameter(ownName(resource, field), fallback);
}

/** The words users read for a field named with `ownName`: `platformUserUpdateFields` -> "Update Fields". */
export function ownFieldLabel(resource: string, name: string): string {
	const field = name.startsWith(resource) ? name.slice(resource.length) : name;
	return field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}
