import { buildRequest } from '../../shared/request';
import { teamPath } from './fields';

export const teamDeleteRequest = buildRequest({ path: teamPath });
