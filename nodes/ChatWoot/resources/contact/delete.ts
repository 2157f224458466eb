import { buildRequest } from '../../shared/request';
import { contactPath } from './fields';

export const contactDeleteRequest = buildRequest({ path: contactPath });
