import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteCannedResponse } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const cannedResponseDescription = resourceProperties('cannedResponse', 'getAll', [
	create,
	deleteCannedResponse,
	getAll,
	update,
]);
