import { buildRequest } from '../../shared/request';
import { customFilterPath } from './fields';

export const customFilterDeleteRequest = buildRequest({ path: customFilterPath });
