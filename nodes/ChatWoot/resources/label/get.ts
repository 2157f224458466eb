import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { labelLocator, labelPath } from './fields';

export const labelGetRequest = buildRequest({ path: labelPath });

export const labelGetDescription: INodeProperties[] = [labelLocator('get')];
