import { buildRequest } from '../../shared/request';
import { agentPath } from './fields';

export const agentDeleteRequest = buildRequest({ path: agentPath });
