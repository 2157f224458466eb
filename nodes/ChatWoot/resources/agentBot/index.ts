import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteAgentBot } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const agentBotDescription = resourceProperties('agentBot', 'getAll', [create, deleteAgentBot, get, getAll, update]);
