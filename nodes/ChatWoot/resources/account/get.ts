import { ACCOUNT, buildRequest } from '../../shared/request';

// The account is the node's Account field (or the credential's default): nothing else to ask.
export const accountGetRequest = buildRequest({ path: { account_id: ACCOUNT } });
