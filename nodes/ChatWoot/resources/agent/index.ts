import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteAgent } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const agentDescription = resourceProperties('agent', 'getAll', [create, deleteAgent, getAll, update]);
