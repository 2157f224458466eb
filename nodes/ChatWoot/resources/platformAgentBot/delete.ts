import { buildRequest } from '../../shared/request';
import { agentBotIdPath } from './fields';

export const platformAgentBotDeleteRequest = buildRequest({ path: agentBotIdPath });
