import { resourceProperties } from '../../shared/declare/operation';
import { get } from './get';

export const clientInboxDescription = resourceProperties('clientInbox', 'get', [get]);
