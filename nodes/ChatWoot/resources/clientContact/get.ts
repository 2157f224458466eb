import { buildRequest } from '../../shared/request';
import { clientContactPath } from './fields';

// Only the identifiers (fields.ts).
export const clientContactGetRequest = buildRequest({ path: clientContactPath });
