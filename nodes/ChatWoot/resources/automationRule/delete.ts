import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { automationRuleLocator, automationRulePath } from './fields';

export const automationRuleDeleteRequest = buildRequest({ path: automationRulePath });

export const automationRuleDeleteDescription: INodeProperties[] = [automationRuleLocator('delete')];
