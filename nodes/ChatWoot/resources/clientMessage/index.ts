import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { getAll } from './getAll';
import { update } from './update';

export const clientMessageDescription = resourceProperties('clientMessage', 'create', [create, getAll, update]);
