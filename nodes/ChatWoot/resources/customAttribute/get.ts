import { buildRequest } from '../../shared/request';
import { customAttributePath } from './fields';

export const customAttributeGetRequest = buildRequest({ path: customAttributePath });
