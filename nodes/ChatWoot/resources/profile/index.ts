import { resourceProperties } from '../../shared/declare/operation';
import { get } from './get';
import { setAutoOffline } from './setAutoOffline';
import { setAvailability } from './setAvailability';
import { update } from './update';

export const profileDescription = resourceProperties('profile', 'get', [get, setAutoOffline, setAvailability, update]);
