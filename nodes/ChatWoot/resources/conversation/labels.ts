import type { INodeProperties } from 'n8n-workflow';
import { labelsField, writeLabels, type LabelWrite } from '../../shared/labels';
import { buildRequest } from '../../shared/request';
import { conversationPath, conversationUrl } from './fields';

// List Labels, and the three writes of POST .../labels (which replaces the whole list).
const write = (mode: LabelWrite) =>
	buildRequest({ path: conversationPath, ...writeLabels(mode, conversationUrl) });

export const conversationListLabelsRequest = buildRequest({ path: conversationPath });
export const conversationSetLabelsRequest = write('set');
export const conversationAddLabelsRequest = write('add');
export const conversationRemoveLabelsRequest = write('remove');

export const conversationLabelsDescription: INodeProperties[] = [
	labelsField('conversation', 'setLabels', 'set'),
	labelsField('conversation', 'addLabels', 'add'),
	labelsField('conversation', 'removeLabels', 'remove'),
];
