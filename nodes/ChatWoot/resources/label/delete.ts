import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { labelLocator, labelPath } from './fields';

export const labelDeleteRequest = buildRequest({ path: labelPath });

export const labelDeleteDescription: INodeProperties[] = [labelLocator('delete')];
