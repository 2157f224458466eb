import { resourceProperties } from '../../shared/declare/operation';
import { getAccountConversationMetrics } from './getAccountConversationMetrics';
import { getAgentConversationMetrics } from './getAgentConversationMetrics';
import { getAgentSummary } from './getAgentSummary';
import { getChannelSummary } from './getChannelSummary';
import { getFirstResponseTimeDistribution } from './getFirstResponseTimeDistribution';
import { getInboxLabelMatrix } from './getInboxLabelMatrix';
import { getInboxSummary } from './getInboxSummary';
import { getMetric } from './getMetric';
import { getOutgoingMessagesCount } from './getOutgoingMessagesCount';
import { getReportingEvents } from './getReportingEvents';
import { getSummary } from './getSummary';
import { getTeamSummary } from './getTeamSummary';

export const reportDescription = resourceProperties('report', 'getSummary', [
	getAccountConversationMetrics,
	getAgentConversationMetrics,
	getAgentSummary,
	getChannelSummary,
	getFirstResponseTimeDistribution,
	getInboxLabelMatrix,
	getInboxSummary,
	getMetric,
	getOutgoingMessagesCount,
	getReportingEvents,
	getSummary,
	getTeamSummary,
]);
