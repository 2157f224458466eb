import { buildRequest } from '../../shared/request';
import { webhookPath } from './fields';

export const webhookDeleteRequest = buildRequest({ path: webhookPath });
