import { buildRequest } from '../../shared/request';
import { automationRulePath } from './fields';

export const automationRuleDeleteRequest = buildRequest({ path: automationRulePath });
