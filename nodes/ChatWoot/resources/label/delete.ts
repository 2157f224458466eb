import { buildRequest } from '../../shared/request';
import { labelPath } from './fields';

export const labelDeleteRequest = buildRequest({ path: labelPath });
