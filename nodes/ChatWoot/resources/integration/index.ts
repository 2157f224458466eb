import { resourceProperties } from '../../shared/declare/operation';
import { createHook } from './createHook';
import { deleteHook } from './deleteHook';
import { getAllApps } from './getAllApps';
import { updateHook } from './updateHook';

export const integrationDescription = resourceProperties('integration', 'getAllApps', [
	createHook,
	deleteHook,
	getAllApps,
	updateHook,
]);
