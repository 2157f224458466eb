import { resourceProperties } from '../../shared/declare/operation';
import { addLabels } from './addLabels';
import { assign } from './assign';
import { create } from './create';
import { deleteCustomAttributes } from './deleteCustomAttributes';
import { filter } from './filter';
import { get } from './get';
import { getAll } from './getAll';
import { getCounts } from './getCounts';
import { getReportingEvents } from './getReportingEvents';
import { handOff } from './handOff';
import { listLabels } from './listLabels';
import { removeLabels } from './removeLabels';
import { setCustomAttributes } from './setCustomAttributes';
import { setLabels } from './setLabels';
import { togglePriority } from './togglePriority';
import { toggleStatus } from './toggleStatus';
import { toggleTypingStatus } from './toggleTypingStatus';
import { update } from './update';

export const conversationDescription = resourceProperties('conversation', 'getAll', [
	addLabels,
	assign,
	create,
	deleteCustomAttributes,
	filter,
	get,
	getAll,
	getCounts,
	getReportingEvents,
	handOff,
	listLabels,
	removeLabels,
	setCustomAttributes,
	setLabels,
	togglePriority,
	toggleStatus,
	toggleTypingStatus,
	update,
]);
