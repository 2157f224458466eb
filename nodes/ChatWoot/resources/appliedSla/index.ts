import { resourceProperties } from '../../shared/operation';
import { download } from './download';
import { getAll } from './getAll';
import { getMetrics } from './getMetrics';

export const appliedSlaDescription = resourceProperties('appliedSla', 'getAll', [download, getAll, getMetrics]);
