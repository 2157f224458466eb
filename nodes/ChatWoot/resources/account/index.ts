import { resourceProperties } from '../../shared/operation';
import { get } from './get';
import { update } from './update';

export const accountDescription = resourceProperties('account', 'get', [get, update]);
