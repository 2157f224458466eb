import { buildRequest } from '../../shared/request';
import { userIdPath } from './fields';

export const platformUserGetRequest = buildRequest({ path: userIdPath });
