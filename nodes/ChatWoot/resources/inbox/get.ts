import { buildRequest } from '../../shared/request';
import { inboxPath } from './fields';

export const inboxGetRequest = buildRequest({ path: inboxPath });
