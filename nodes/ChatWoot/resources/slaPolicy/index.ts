import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteSlaPolicy } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const slaPolicyDescription = resourceProperties('slaPolicy', 'getAll', [create, deleteSlaPolicy, get, getAll, update]);
