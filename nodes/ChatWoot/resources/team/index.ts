import type { INodeProperties } from 'n8n-workflow';

// Operations of this resource are being added.
export const teamDescription: INodeProperties[] = [];
