import { resourceProperties } from '../../shared/declare/operation';
import { bulkDeleteArticles } from './bulkDeleteArticles';
import { bulkMoveArticles } from './bulkMoveArticles';
import { bulkUpdateArticleStatus } from './bulkUpdateArticleStatus';
import { createArticle } from './createArticle';
import { createCategory } from './createCategory';
import { createPortal } from './createPortal';
import { deleteArticle } from './deleteArticle';
import { deleteCategory } from './deleteCategory';
import { deletePortal } from './deletePortal';
import { deletePortalLogo } from './deletePortalLogo';
import { getAllArticles } from './getAllArticles';
import { getAllCategories } from './getAllCategories';
import { getAllPortals } from './getAllPortals';
import { getArticle } from './getArticle';
import { getCategory } from './getCategory';
import { getPortal } from './getPortal';
import { getPortalSslStatus } from './getPortalSslStatus';
import { reorderArticles } from './reorderArticles';
import { reorderCategories } from './reorderCategories';
import { sendPortalDomainInstructions } from './sendPortalDomainInstructions';
import { translateArticles } from './translateArticles';
import { updateArticle } from './updateArticle';
import { updateCategory } from './updateCategory';
import { updatePortal } from './updatePortal';

export const helpCenterDescription = resourceProperties('helpCenter', 'getAllPortals', [
	bulkDeleteArticles,
	bulkMoveArticles,
	bulkUpdateArticleStatus,
	createArticle,
	createCategory,
	createPortal,
	deleteArticle,
	deleteCategory,
	deletePortal,
	deletePortalLogo,
	getAllArticles,
	getAllCategories,
	getAllPortals,
	getArticle,
	getCategory,
	getPortal,
	getPortalSslStatus,
	reorderArticles,
	reorderCategories,
	sendPortalDomainInstructions,
	translateArticles,
	updateArticle,
	updateCategory,
	updatePortal,
]);
