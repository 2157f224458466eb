import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { get } from './get';
import { update } from './update';

export const clientContactDescription = resourceProperties('clientContact', 'create', [create, get, update]);
