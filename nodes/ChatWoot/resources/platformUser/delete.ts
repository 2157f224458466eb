import { buildRequest } from '../../shared/request';
import { userIdPath } from './fields';

export const platformUserDeleteRequest = buildRequest({ path: userIdPath });
