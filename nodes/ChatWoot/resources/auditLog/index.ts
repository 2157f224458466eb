import { resourceProperties } from '../../shared/operation';
import { getAll } from './getAll';

export const auditLogDescription = resourceProperties('auditLog', 'getAll', [getAll]);
