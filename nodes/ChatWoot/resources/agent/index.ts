import { resourceProperties } from '../../shared/declare/operation';
import { bulkCreate } from './bulkCreate';
import { create } from './create';
import { deleteAgent } from './delete';
import { getAll } from './getAll';
import { getAssignable } from './getAssignable';
import { update } from './update';

export const agentDescription = resourceProperties('agent', 'getAll', [bulkCreate, create, deleteAgent, getAll, getAssignable, update]);
