import { resourceProperties } from '../../shared/operation';
import { get } from './get';
import { update } from './update';

export const profileDescription = resourceProperties('profile', 'get', [get, update]);
