import { buildRequest } from '../../shared/request';
import { customAttributePath } from './fields';

export const customAttributeDeleteRequest = buildRequest({ path: customAttributePath });
