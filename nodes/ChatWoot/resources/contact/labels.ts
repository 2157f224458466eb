import type { INodeProperties } from 'n8n-workflow';
import { labelsField, writeLabels, type LabelWrite } from '../../shared/labels';
import { buildRequest } from '../../shared/request';
import { contactPath, contactUrl } from './fields';

// List Labels, and the three writes of POST .../labels (which replaces the whole list).
const write = (mode: LabelWrite) => buildRequest({ path: contactPath, ...writeLabels(mode, contactUrl) });

export const contactListLabelsRequest = buildRequest({ path: contactPath });
export const contactSetLabelsRequest = write('set');
export const contactAddLabelsRequest = write('add');
export const contactRemoveLabelsRequest = write('remove');

export const contactLabelsDescription: INodeProperties[] = [
	labelsField('contact', 'setLabels', 'set'),
	labelsField('contact', 'addLabels', 'add'),
	labelsField('contact', 'removeLabels', 'remove'),
];
