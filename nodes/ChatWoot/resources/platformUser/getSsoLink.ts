import { buildRequest } from '../../shared/request';
import { userIdPath } from './fields';

// A one-time link that signs the user in to the dashboard.
export const platformUserGetSsoLinkRequest = buildRequest({ path: userIdPath });
