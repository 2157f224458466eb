import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { teamLocator, teamPath } from './fields';

export const teamGetRequest = buildRequest({ path: teamPath });

export const teamGetDescription: INodeProperties[] = [teamLocator('get')];
