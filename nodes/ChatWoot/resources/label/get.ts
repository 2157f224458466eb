import { buildRequest } from '../../shared/request';
import { labelPath } from './fields';

export const labelGetRequest = buildRequest({ path: labelPath });
