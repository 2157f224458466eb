import { buildRequest } from '../../shared/request';
import { contactPath } from './fields';

export const contactGetRequest = buildRequest({ path: contactPath });
