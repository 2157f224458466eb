import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { teamLocator, teamPath } from './fields';

export const teamGetMembersRequest = buildRequest({ path: teamPath });

export const teamGetMembersDescription: INodeProperties[] = [
	teamLocator('getMembers'),
	...returnAllAndLimit('team', ['getMembers']),
];
