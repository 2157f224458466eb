import { resourceProperties } from '../../shared/declare/operation';
import { download } from './download';
import { getAll } from './getAll';
import { getMetrics } from './getMetrics';

export const appliedSlaDescription = resourceProperties('appliedSla', 'getAll', [download, getAll, getMetrics]);
