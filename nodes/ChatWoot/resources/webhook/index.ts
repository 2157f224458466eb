import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteWebhook } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const webhookDescription = resourceProperties('webhook', 'getAll', [create, deleteWebhook, getAll, update]);
