import { resourceProperties } from '../../shared/declare/operation';
import { getAll } from './getAll';

export const auditLogDescription = resourceProperties('auditLog', 'getAll', [getAll]);
