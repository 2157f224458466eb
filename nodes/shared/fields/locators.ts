import type { INodeProperties } from 'n8n-workflow';

function withArticle(noun: string): string {
	return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

export interface LocatorOptions {
	name: string;
	displayName: string;
	searchListMethod: string;
	/** Part of a dashboard address before the ID, e.g. 'contacts' for /app/accounts/1/contacts/42. */
	urlSegment?: string;
	description?: string;
	show?: Record<string, string[]>;
	required?: boolean;
}

/**
 * A record picked from a searchable list, typed as an ID, or pasted as a dashboard address
 * (where Chatwoot's dashboard has one for the record).
 */
export function idLocator(options: LocatorOptions): INodeProperties {
	const noun = options.displayName.toLowerCase();
	const segment = (options.urlSegment ?? '').replace(/\//g, '\\/');
	// The modes sit directly under `modes` (they take no default); By URL only where
	// Chatwoot's dashboard has an address for the record.
	const { modes }: { modes: NonNullable<INodeProperties['modes']> } = {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${withArticle(noun)}...`,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[0-9]+\\s*$',
							// named, for the list of issues n8n shows when a run cannot start
							errorMessage: `Not a valid ${noun} ID (digits only)`,
						},
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://chat.example.com/app/accounts/1/${options.urlSegment}/42`,
				extractValue: { type: 'regex', regex: `\\/${segment}\\/([0-9]+)` },
				validation: [
					{
						type: 'regex',
						properties: {
							regex: `.*\\/${segment}\\/[0-9]+.*`,
							errorMessage: `Not a Chatwoot ${noun} address`,
						},
					},
				],
			},
		],
	};
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: options.urlSegment ? modes : modes.filter((mode) => mode.name !== 'url'),
		...(options.show ? { displayOptions: { show: options.show } } : {}),
	};
}

/**
 * The Account of application operations. Empty means the credential's default Account ID,
 * so nobody types the account twice.
 */
export function accountLocator(resources: string[]): INodeProperties {
	return {
		...idLocator({
			name: 'account',
			displayName: 'Account',
			searchListMethod: 'getAccounts',
			urlSegment: 'accounts',
			required: false,
			show: { resource: resources },
		}),
		description:
			"Leave empty to use the credential's default Account ID. The list shows the accounts of the token's user.",
	};
}

/**
 * A required numeric ID typed by the user (platform records have no list endpoint to pick
 * from, so no locator); the operations that list it show it.
 */
export function numericIdField(field: { displayName: string; name: string; description?: string }): INodeProperties {
	return {
		...field,
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
	};
}

/** Records other resources point to, with their searchable list and dashboard address. */
const RELATED = {
	agent: { displayName: 'Agent', searchListMethod: 'getAgents' },
	agentBot: { displayName: 'Agent Bot', searchListMethod: 'getAgentBots' },
	contact: { displayName: 'Contact', searchListMethod: 'getContacts', urlSegment: 'contacts' },
	inbox: { displayName: 'Inbox', searchListMethod: 'getInboxes', urlSegment: 'settings/inboxes' },
	team: { displayName: 'Team', searchListMethod: 'getTeams', urlSegment: 'settings/teams' },
};

/**
 * An optional locator of a related record. Inside a collection (no `show`), `name` is
 * Chatwoot's key, e.g. `inbox_id`.
 */
export function relatedLocator(
	kind: keyof typeof RELATED,
	name: string,
	description?: string,
	show?: Record<string, string[]>,
): INodeProperties {
	return idLocator({ ...RELATED[kind], name, description, show, required: false });
}
