import { resourceProperties } from '../../shared/declare/operation';
import { downloadAgentsReport } from './downloadAgentsReport';
import { downloadConversationsReport } from './downloadConversationsReport';
import { downloadConversationTraffic } from './downloadConversationTraffic';
import { downloadInboxesReport } from './downloadInboxesReport';
import { downloadLabelsReport } from './downloadLabelsReport';
import { downloadTeamsReport } from './downloadTeamsReport';
import { getAccountConversationMetrics } from './getAccountConversationMetrics';
import { getAgentConversationMetrics } from './getAgentConversationMetrics';
import { getAgentSummary } from './getAgentSummary';
import { getBotMetrics } from './getBotMetrics';
import { getBotSummary } from './getBotSummary';
import { getChannelSummary } from './getChannelSummary';
import { getFirstResponseTimeDistribution } from './getFirstResponseTimeDistribution';
import { getGroupedLiveConversationMetrics } from './getGroupedLiveConversationMetrics';
import { getInboxLabelMatrix } from './getInboxLabelMatrix';
import { getInboxSummary } from './getInboxSummary';
import { getLabelSummary } from './getLabelSummary';
import { getLiveConversationMetrics } from './getLiveConversationMetrics';
import { getMetric } from './getMetric';
import { getOutgoingMessagesCount } from './getOutgoingMessagesCount';
import { getReportingEvents } from './getReportingEvents';
import { getSummary } from './getSummary';
import { getTeamSummary } from './getTeamSummary';
import { getYearInReview } from './getYearInReview';

export const reportDescription = resourceProperties('report', 'getSummary', [
	downloadAgentsReport,
	downloadConversationsReport,
	downloadConversationTraffic,
	downloadInboxesReport,
	downloadLabelsReport,
	downloadTeamsReport,
	getAccountConversationMetrics,
	getAgentConversationMetrics,
	getAgentSummary,
	getBotMetrics,
	getBotSummary,
	getChannelSummary,
	getFirstResponseTimeDistribution,
	getGroupedLiveConversationMetrics,
	getInboxLabelMatrix,
	getInboxSummary,
	getLabelSummary,
	getLiveConversationMetrics,
	getMetric,
	getOutgoingMessagesCount,
	getReportingEvents,
	getSummary,
	getTeamSummary,
	getYearInReview,
]);
