import { resourceProperties } from '../../shared/declare/operation';
import { get } from './get';
import { update } from './update';

export const profileDescription = resourceProperties('profile', 'get', [get, update]);
