import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteMessage } from './delete';
import { getAll } from './getAll';
import { retry } from './retry';
import { translate } from './translate';
import { updateStatus } from './updateStatus';

export const messageDescription = resourceProperties('message', 'create', [create, deleteMessage, getAll, retry, translate, updateStatus]);
