import { getAccounts } from './getAccounts';
import { getLabels } from './getLabels';

/** Searchable lists of the node's resource locators, one per file. */
export const listSearch = {
	getAccounts,
	getLabels,
};
