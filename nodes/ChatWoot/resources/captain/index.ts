import { resourceProperties } from '../../shared/declare/operation';
import { followUp } from './followUp';
import { getInboxAssistant } from './getInboxAssistant';
import { getPreferences } from './getPreferences';
import { rewrite } from './rewrite';
import { suggestLabels } from './suggestLabels';
import { suggestReply } from './suggestReply';
import { summarize } from './summarize';
import { updatePreferences } from './updatePreferences';

export const captainDescription = resourceProperties('captain', 'summarize', [
	followUp,
	getInboxAssistant,
	getPreferences,
	rewrite,
	suggestLabels,
	suggestReply,
	summarize,
	updatePreferences,
]);
