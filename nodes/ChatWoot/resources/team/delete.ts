import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { teamLocator, teamPath } from './fields';

export const teamDeleteRequest = buildRequest({ path: teamPath });

export const teamDeleteDescription: INodeProperties[] = [teamLocator('delete')];
