import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteLabel } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const labelDescription = resourceProperties('label', 'getAll', [create, deleteLabel, get, getAll, update]);
