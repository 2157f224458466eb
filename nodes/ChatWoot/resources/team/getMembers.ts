import { buildRequest } from '../../shared/request';
import { teamPath } from './fields';

export const teamGetMembersRequest = buildRequest({ path: teamPath });
