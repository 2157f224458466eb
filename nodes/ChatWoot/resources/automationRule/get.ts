import { buildRequest } from '../../shared/request';
import { automationRulePath } from './fields';

export const automationRuleGetRequest = buildRequest({ path: automationRulePath });
