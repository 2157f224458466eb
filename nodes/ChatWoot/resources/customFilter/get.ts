import { buildRequest } from '../../shared/request';
import { customFilterPath } from './fields';

export const customFilterGetRequest = buildRequest({ path: customFilterPath });
