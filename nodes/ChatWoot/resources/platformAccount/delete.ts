import { buildRequest } from '../../shared/request';
import { accountIdPath } from './fields';

export const platformAccountDeleteRequest = buildRequest({ path: accountIdPath });
