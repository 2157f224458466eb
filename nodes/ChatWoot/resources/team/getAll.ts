import { ACCOUNT, buildRequest } from '../../shared/request';

// Chatwoot answers with every team at once (no pagination).
export const teamGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });
