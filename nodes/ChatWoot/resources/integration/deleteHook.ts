import { buildRequest } from '../../shared/request';
import { hookPath } from './fields';

export const integrationDeleteHookRequest = buildRequest({ path: hookPath });
