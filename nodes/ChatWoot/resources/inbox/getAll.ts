import { ACCOUNT, buildRequest } from '../../shared/request';

// Chatwoot answers with every inbox at once (no pagination).
export const inboxGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });
