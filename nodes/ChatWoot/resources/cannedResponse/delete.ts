import { buildRequest } from '../../shared/request';
import { cannedResponsePath } from './fields';

export const cannedResponseDeleteRequest = buildRequest({ path: cannedResponsePath });
