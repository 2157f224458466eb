import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';

// The user of the credential's token; no account in the path.
export const profileGetRequest = buildRequest({});

export const profileGetDescription: INodeProperties[] = [];
