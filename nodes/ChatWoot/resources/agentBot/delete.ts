import { buildRequest } from '../../shared/request';
import { agentBotPath } from './fields';

export const agentBotDeleteRequest = buildRequest({ path: agentBotPath });
