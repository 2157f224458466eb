import { resourceProperties } from '../../shared/declare/operation';
import { download } from './download';
import { getAll } from './getAll';
import { getMetrics } from './getMetrics';
import { update } from './update';

export const csatResponseDescription = resourceProperties('csatResponse', 'getAll', [download, getAll, getMetrics, update]);
