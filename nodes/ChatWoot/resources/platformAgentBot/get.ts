import { buildRequest } from '../../shared/request';
import { agentBotIdPath } from './fields';

export const platformAgentBotGetRequest = buildRequest({ path: agentBotIdPath });
