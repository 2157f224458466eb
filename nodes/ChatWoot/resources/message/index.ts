import { resourceProperties } from '../../shared/operation';
import { create } from './create';
import { deleteMessage } from './delete';
import { getAll } from './getAll';

export const messageDescription = resourceProperties('message', 'create', [create, deleteMessage, getAll]);
