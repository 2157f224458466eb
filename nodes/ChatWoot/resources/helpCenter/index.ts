import { resourceProperties } from '../../shared/declare/operation';
import { createArticle } from './createArticle';
import { createCategory } from './createCategory';
import { createPortal } from './createPortal';
import { getAllPortals } from './getAllPortals';
import { updatePortal } from './updatePortal';

export const helpCenterDescription = resourceProperties('helpCenter', 'getAllPortals', [
	createArticle,
	createCategory,
	createPortal,
	getAllPortals,
	updatePortal,
]);
