package io.github.camelgenesys.query;

import java.util.Set;

/**
 * The names the Genesys analytics API accepts, as enumerated by the official SDK models generated from the swagger
 * (platform-client-v2 198.1.0: {@code ConversationDetailQueryPredicate}, {@code SegmentDetailQueryPredicate},
 * {@code ConversationAggregationQuery}, {@code ConversationAggregateQueryPredicate}). Used to reject a misspelt dimension or
 * metric before any call, with the allowed values in the message.
 */
public final class AnalyticsVocabulary {

    /** Dimensions of a details-query conversation filter predicate. */
    public static final Set<String> CONVERSATION_DIMENSIONS = Set.of(
            "conversationEnd", "conversationId", "conversationInitiator", "conversationStart",
            "customerParticipation", "divisionId", "externalTag", "mediaStatsMinConversationMos",
            "originatingDirection");

    /** Dimensions of a details-query segment filter predicate. */
    public static final Set<String> SEGMENT_DIMENSIONS = Set.of(
            "addressFrom", "addressTo", "agentAssistantId", "agentOwned", "ani", "authenticated",
            "bargedParticipantId", "callbackNumber", "callbackScheduledTime", "canonicalExternalContactId",
            "cleared", "coachedParticipantId", "conference", "deliveryStatus", "destinationAddress",
            "destinationConversationId", "direction", "disconnectType", "dnis", "edgeId", "errorCode", "exitReason",
            "extendedDeliveryStatus", "externalContactId", "externalOrganizationId", "flaggedReason", "flowId",
            "flowName", "flowOutType", "flowOutcome", "flowOutcomeId", "flowOutcomeValue", "flowVersion", "groupId",
            "journeyActionId", "journeyActionMapId", "journeyCustomerId", "journeyCustomerIdType",
            "journeyCustomerSessionId", "mediaCount", "mediaType", "messageType", "monitoredParticipantId",
            "outboundCampaignId", "outboundContactId", "outboundContactListId", "participantName", "protocolCallId",
            "provider", "purpose", "queueId", "recording", "remote", "remoteNameDisplayable", "requestedLanguageId",
            "requestedRouting", "requestedRoutingSkillId", "scoredAgentId", "scriptId", "segmentEnd", "segmentType",
            "sessionDnis", "sipResponseCode", "subject", "teamId", "transferTargetAddress", "transferTargetName",
            "transferType", "usedRouting", "userId", "wrapUpCode", "wrapUpNote");

    /** Metrics of a details-query conversation filter predicate ({@code type: metric}). */
    public static final Set<String> DETAIL_METRICS = Set.of(
            "nBlindTransferred", "nCobrowseSessions", "nConnected", "nConsult", "nConsultTransferred", "nError",
            "nFlow", "nFlowMilestone", "nFlowOutcome", "nFlowOutcomeFailed", "nOffered", "nOutbound",
            "nOutboundAbandoned", "nOutboundAttempted", "nOutboundConnected", "nOverSla", "nStateTransitionError",
            "nTransferred", "oExternalMediaCount", "oFlowMilestone", "oMediaCount", "oMessageTurn", "tAbandon",
            "tAcd", "tActiveCallback", "tActiveCallbackComplete", "tAcw", "tAgentResponseTime", "tAlert",
            "tAnswered", "tBarging", "tCallback", "tCallbackComplete", "tCoaching", "tCoachingComplete",
            "tConnected", "tContacting", "tConversationDuration", "tDialing", "tFirstConnect", "tFirstDial", "tFlow",
            "tFlowDisconnect", "tFlowExit", "tFlowOut", "tFlowOutcome", "tHandle", "tHeld", "tHeldComplete", "tIvr",
            "tMonitoring", "tMonitoringComplete", "tNotResponding", "tPark", "tParkComplete", "tShortAbandon",
            "tTalk", "tTalkComplete", "tUserResponseTime", "tVoicemail");

    /** Metrics of an aggregates query. */
    public static final Set<String> AGGREGATE_METRICS = Set.of(
            "nBlindTransferred", "nCobrowseSessions", "nConnected", "nConsult", "nConsultTransferred", "nError",
            "nOffered", "nOutbound", "nOutboundAbandoned", "nOutboundAttempted", "nOutboundConnected", "nOverSla",
            "nStateTransitionError", "nTransferred", "oExternalMediaCount", "oMediaCount", "oMessageTurn",
            "oServiceLevel", "oServiceTarget", "tAbandon", "tAcd", "tActiveCallback", "tActiveCallbackComplete",
            "tAcw", "tAgentResponseTime", "tAlert", "tAnswered", "tBarging", "tCallback", "tCallbackComplete",
            "tCoaching", "tCoachingComplete", "tConnected", "tContacting", "tDialing", "tFirstConnect", "tFirstDial",
            "tFlowOut", "tHandle", "tHeld", "tHeldComplete", "tIvr", "tMonitoring", "tMonitoringComplete",
            "tNotResponding", "tPark", "tParkComplete", "tShortAbandon", "tTalk", "tTalkComplete",
            "tUserResponseTime", "tVoicemail", "tWait");

    /** groupBy dimensions of an aggregates query. */
    public static final Set<String> AGGREGATE_GROUP_BY = Set.of(
            "activeRouting", "activeSkillId", "addressFrom", "addressTo", "agentAssistantId", "agentBullseyeRing",
            "agentOwned", "agentRank", "agentScore", "ani", "assignerId", "authenticated", "conversationId",
            "conversationInitiator", "convertedFrom", "convertedTo", "customerParticipation", "deliveryStatus",
            "destinationAddress", "direction", "disconnectType", "divisionId", "dnis", "edgeId",
            "eligibleAgentCount", "errorCode", "extendedDeliveryStatus", "externalContactId", "externalMediaCount",
            "externalOrganizationId", "externalTag", "firstQueue", "flaggedReason", "flowInType", "flowOutType",
            "groupId", "interactionType", "journeyActionId", "journeyActionMapId", "journeyActionMapVersion",
            "journeyCustomerId", "journeyCustomerIdType", "journeyCustomerSessionId", "journeyCustomerSessionIdType",
            "knowledgeBaseId", "mediaCount", "mediaType", "messageType", "originatingDirection",
            "outboundCampaignId", "outboundContactId", "outboundContactListId", "participantName", "peerId",
            "proposedAgentId", "provider", "purpose", "queueId", "remote", "removedSkillId", "reoffered",
            "requestedLanguageId", "requestedRouting", "requestedRoutingSkillId", "roomId", "routingPriority",
            "routingRing", "routingRule", "routingRuleType", "scoredAgentId", "selectedAgentId", "selectedAgentRank",
            "selfServed", "sessionDnis", "sessionId", "stationId", "teamId", "usedRouting", "userId",
            "waitingInteractionCount", "wrapUpCode");

    /** Dimensions of an aggregates-query filter predicate. */
    public static final Set<String> AGGREGATE_FILTER_DIMENSIONS = Set.of(
            "activeRouting", "activeSkillId", "addressFrom", "addressTo", "agentAssistantId", "agentBullseyeRing",
            "agentOwned", "agentRank", "agentScore", "ani", "assignerId", "authenticated",
            "canonicalExternalContactId", "conversationId", "conversationInitiator", "convertedFrom", "convertedTo",
            "customerParticipation", "deliveryStatus", "destinationAddress", "direction", "disconnectType",
            "divisionId", "dnis", "edgeId", "eligibleAgentCount", "errorCode", "extendedDeliveryStatus",
            "externalContactId", "externalMediaCount", "externalOrganizationId", "externalTag", "firstQueue",
            "flaggedReason", "flowInType", "flowOutType", "groupId", "interactionType", "journeyActionId",
            "journeyActionMapId", "journeyActionMapVersion", "journeyCustomerId", "journeyCustomerIdType",
            "journeyCustomerSessionId", "journeyCustomerSessionIdType", "knowledgeBaseId", "mediaCount", "mediaType",
            "messageType", "originatingDirection", "outboundCampaignId", "outboundContactId",
            "outboundContactListId", "participantName", "peerId", "proposedAgentId", "provider", "purpose",
            "queueId", "remote", "removedSkillId", "reoffered", "requestedLanguageId", "requestedRouting",
            "requestedRoutingSkillId", "roomId", "routingPriority", "routingRing", "routingRule", "routingRuleType",
            "scoredAgentId", "selectedAgentId", "selectedAgentRank", "selfServed", "sessionDnis", "sessionId",
            "stationId", "teamId", "usedRouting", "userId", "waitingInteractionCount", "wrapUpCode");

    public static final Set<String> PREDICATE_OPERATORS = Set.of("matches", "exists", "notExists");
    public static final Set<String> PREDICATE_TYPES = Set.of("dimension", "property", "metric");
    public static final Set<String> FILTER_TYPES = Set.of("and", "or");
    public static final Set<String> ORDERS = Set.of("asc", "desc", "unordered");
    public static final Set<String> ORDER_BY = Set.of("conversationStart", "conversationEnd", "segmentStart", "segmentEnd");

    private AnalyticsVocabulary() {
    }
}
