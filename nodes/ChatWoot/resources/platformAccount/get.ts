import { buildRequest } from '../../shared/request';
import { accountIdPath } from './fields';

export const platformAccountGetRequest = buildRequest({ path: accountIdPath });
