import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { automationRuleLocator, automationRulePath } from './fields';

export const automationRuleGetRequest = buildRequest({ path: automationRulePath });

export const automationRuleGetDescription: INodeProperties[] = [automationRuleLocator('get')];
