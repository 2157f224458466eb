import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteMessage } from './delete';
import { getAll } from './getAll';

export const messageDescription = resourceProperties('message', 'create', [create, deleteMessage, getAll]);
