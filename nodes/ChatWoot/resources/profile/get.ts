import { buildRequest } from '../../shared/request';

// The user of the credential's token; no account in the path.
export const profileGetRequest = buildRequest({});
