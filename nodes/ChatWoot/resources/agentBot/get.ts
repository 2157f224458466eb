import { buildRequest } from '../../shared/request';
import { agentBotPath } from './fields';

export const agentBotGetRequest = buildRequest({ path: agentBotPath });
