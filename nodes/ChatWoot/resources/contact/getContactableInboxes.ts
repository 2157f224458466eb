import { buildRequest } from '../../shared/request';
import { contactPath } from './fields';

export const contactGetContactableInboxesRequest = buildRequest({ path: contactPath });
