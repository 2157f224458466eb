import { ACCOUNT } from '../../shared/request/fieldSources';

export const ACCOUNT_URL = '/api/v1/accounts/{account_id}';

// The account is the node's Account field (or the credential's default): nothing else to ask.
export const accountPath = { account_id: ACCOUNT };
