import { buildRequest } from '../../shared/request';
import { teamPath } from './fields';

export const teamGetRequest = buildRequest({ path: teamPath });
