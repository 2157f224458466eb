import { resourceProperties } from '../../shared/declare/operation';
import { get } from './get';
import { update } from './update';

export const accountDescription = resourceProperties('account', 'get', [get, update]);
