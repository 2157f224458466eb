import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { toggleStatus } from './toggleStatus';
import { toggleTyping } from './toggleTyping';
import { updateLastSeen } from './updateLastSeen';

export const clientConversationDescription = resourceProperties('clientConversation', 'create', [
	create,
	get,
	getAll,
	toggleStatus,
	toggleTyping,
	updateLastSeen,
]);
