import { resourceProperties } from '../../shared/operation';
import { get } from './get';

export const clientInboxDescription = resourceProperties('clientInbox', 'get', [get]);
