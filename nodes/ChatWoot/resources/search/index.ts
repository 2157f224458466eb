import { resourceProperties } from '../../shared/declare/operation';
import { searchAll } from './searchAll';
import { searchArticles } from './searchArticles';
import { searchContacts } from './searchContacts';
import { searchConversations } from './searchConversations';
import { searchConversationsByMessage } from './searchConversationsByMessage';
import { searchMessages } from './searchMessages';

export const searchDescription = resourceProperties('search', 'searchAll', [
	searchAll,
	searchArticles,
	searchContacts,
	searchConversations,
	searchConversationsByMessage,
	searchMessages,
]);
