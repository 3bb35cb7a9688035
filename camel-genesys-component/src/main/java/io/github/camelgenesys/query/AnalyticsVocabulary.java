package io.github.camelgenesys.query;

import java.util.Set;

/**
 * The names the Genesys analytics API accepts, as enumerated by the official SDK models generated from the swagger:
 * the union of platform-client-v2 198.1.0 and the newest models found (Java SDK 259.0.0
 * {@code ConversationAggregationQuery}; Java SDK 212.0.0 {@code ConversationAggregateQueryPredicate}; Python SDK
 * {@code conversation_detail_query_predicate.py} and {@code segment_detail_query_predicate.py} allowed_values).
 * Names a newer SDK dropped are kept, since the API may still accept them. Used to reject a misspelt dimension or
 * metric before any call, with the allowed values and the closest one in the message; names Genesys added after this
 * list pass with {@code allowUnknownVocabulary=true} (see docs/analytics.md).
 */
public final class AnalyticsVocabulary {

    /** Dimensions of a details-query conversation filter predicate. */
    public static final Set<String> CONVERSATION_DIMENSIONS = Set.of(
            "accessAttribute", "conversationEnd", "conversationId", "conversationInitiator", "conversationStart",
            "customerParticipation", "divisionId", "externalTag", "mediaStatsMinConversationMos",
            "originatingDirection", "originatingSocialMediaPublic");

    /** Dimensions of a details-query segment filter predicate. */
    public static final Set<String> SEGMENT_DIMENSIONS = Set.of(
            "addressFrom", "addressOther", "addressSelf", "addressTo", "agentAssistantId", "agentOwned", "agentScore",
            "ani", "audioMuted", "authenticated", "bargedParticipantId", "callbackNumber", "callbackScheduledTime",
            "callbackUserName", "canonicalExternalContactId", "cleared", "coachedParticipantId", "cobrowseRole",
            "cobrowseRoomId", "conference", "deliveryStatus", "destinationAddress", "destinationConversationId",
            "destinationSessionId", "detectedSpeechEnd", "detectedSpeechStart", "direction", "disconnectType",
            "dispositionAnalyzer", "dispositionName", "dnis", "edgeId", "endingLanguage", "entryReason", "entryType",
            "errorCode", "exitReason", "extendedDeliveryStatus", "externalContactId", "externalOrganizationId",
            "flaggedReason", "flowId", "flowName", "flowOutcome", "flowOutcomeEndTimestamp", "flowOutcomeId",
            "flowOutcomeStartTimestamp", "flowOutcomeValue", "flowOutType", "flowType", "flowVersion", "groupId",
            "issuedCallback", "journeyActionId", "journeyActionMapId", "journeyActionMapVersion", "journeyCustomerId",
            "journeyCustomerIdType", "journeyCustomerSessionId", "journeyCustomerSessionIdType", "mediaBridgeId",
            "mediaCount", "mediaType", "messageType", "monitoredParticipantId", "outboundCampaignId",
            "outboundContactId", "outboundContactListId", "participantId", "participantName", "peerId",
            "protocolCallId", "provider", "purpose", "q850ResponseCode", "queueId", "recording", "remote",
            "remoteNameDisplayable", "requestedLanguageId", "requestedRouting", "requestedRoutingSkillId",
            "requestedRoutingUserId", "roomId", "scoredAgentId", "screenRecording", "screenShareAddressSelf",
            "screenShareRoomId", "scriptId", "segmentEnd", "segmentType", "sessionDnis", "sessionId", "sharingScreen",
            "sipResponseCode", "skipEnabled", "sourceConversationId", "sourceSessionId", "startingLanguage",
            "subject", "teamId", "timeoutSeconds", "transferTargetAddress", "transferTargetName", "transferType",
            "usedRouting", "userId", "videoAddressSelf", "videoMuted", "videoRoomId", "wrapUpCode", "wrapUpNote",
            "wrapUpTag");

    /** Metrics of a details-query conversation filter predicate ({@code type: metric}). */
    public static final Set<String> DETAIL_METRICS = Set.of(
            "nBlindTransferred", "nBotInteractions", "nCallbackAttempts", "nCallbackOverSla", "nCallbackScheduled",
            "nCfcOffered", "nCobrowseSessions", "nConnected", "nConsult", "nConsultTransferred", "nConversations",
            "nError", "nFlow", "nFlowMilestone", "nFlowOutcome", "nFlowOutcomeFailed", "nOffered", "nOutbound",
            "nOutboundAbandoned", "nOutboundAttempted", "nOutboundConnected", "nOverSla", "nStateTransitionError",
            "nTakeover", "nTransferred", "oAudioMessageCount", "oExternalAudioMessageCount", "oExternalMediaCount",
            "oFlowMilestone", "oMediaCount", "oMessageCount", "oMessageSegmentCount", "oMessageTurn",
            "oSkillExpressionApplications", "tAbandon", "tAcd", "tActiveCallback", "tActiveCallbackComplete", "tAcw",
            "tAgentResponseTime", "tAgentVideoConnected", "tAlert", "tAnswered", "tAverageAgentResponseTime",
            "tAverageCustomerResponseTime", "tBarging", "tCallback", "tCallbackComplete", "tCfcAbandon", "tCfcAcd",
            "tCfcAnswered", "tCfcFlowOut", "tCoaching", "tCoachingComplete", "tConnected", "tContacting",
            "tConversationDuration", "tDialing", "tFirstConnect", "tFirstDial", "tFirstEngagement", "tFirstResponse",
            "tFlow", "tFlowDisconnect", "tFlowExit", "tFlowOut", "tFlowOutcome", "tHandle", "tHeld", "tHeldComplete",
            "tIvr", "tMonitoring", "tMonitoringComplete", "tNotResponding", "tPark", "tParkComplete",
            "tScreenMonitoring", "tShortAbandon", "tSnippetRecord", "tTalk", "tTalkComplete", "tTransmitting",
            "tUserResponseTime", "tVoicemail");

    /** Metrics of a details-query segment filter predicate ({@code type: metric}). */
    public static final Set<String> SEGMENT_METRICS = Set.of("tSegmentDuration");

    /** Metrics of an aggregates query. */
    public static final Set<String> AGGREGATE_METRICS = Set.of(
            "nBlindTransferred", "nBotInteractions", "nCallbackAttempts", "nCallbackOverSla", "nCallbackScheduled",
            "nCfcOffered", "nCobrowseSessions", "nConnected", "nConsult", "nConsultTransferred", "nConversations",
            "nError", "nOffered", "nOutbound", "nOutboundAbandoned", "nOutboundAttempted", "nOutboundConnected",
            "nOverSla", "nStateTransitionError", "nTakeover", "nTransferred", "oAudioMessageCount",
            "oCallbackServiceLevel", "oExternalAudioMessageCount", "oExternalMediaCount", "oMediaCount",
            "oMessageCount", "oMessageSegmentCount", "oMessageTurn", "oServiceLevel", "oServiceTarget",
            "oSkillExpressionApplications", "tAbandon", "tAcd", "tActiveCallback", "tActiveCallbackComplete", "tAcw",
            "tAgentResponseTime", "tAgentVideoConnected", "tAlert", "tAnswered", "tAverageAgentResponseTime",
            "tAverageCustomerResponseTime", "tBarging", "tCallback", "tCallbackAbandon", "tCallbackComplete",
            "tCallbackConnect", "tCallbackNotReached", "tCallbackVirtualWait", "tCfcAbandon", "tCfcAcd",
            "tCfcAnswered", "tCfcFlowOut", "tCoaching", "tCoachingComplete", "tConnected", "tContacting", "tDialing",
            "tFirstConnect", "tFirstDial", "tFirstEngagement", "tFirstResponse", "tFlowOut", "tHandle", "tHeld",
            "tHeldComplete", "tIvr", "tMonitoring", "tMonitoringComplete", "tNotResponding", "tPark", "tParkComplete",
            "tScreenMonitoring", "tShortAbandon", "tSnippetRecord", "tTalk", "tTalkComplete", "tTransmitting",
            "tUserResponseTime", "tVoicemail", "tWait");

    /** groupBy dimensions of an aggregates query. */
    public static final Set<String> AGGREGATE_GROUP_BY = Set.of(
            "activeRouting", "activeSkillId", "addressFrom", "addressTo", "agentAssistantId", "agentBullseyeRing",
            "agentOwned", "agentRank", "agentScore", "ani", "assignerId", "authenticated", "conversationId",
            "conversationInitiator", "convertedFrom", "convertedTo", "customerParticipation", "deliveryStatus",
            "destinationAddress", "direction", "disconnectType", "divisionId", "dnis", "edgeId", "eligibleAgentCount",
            "errorCode", "extendedDeliveryStatus", "externalContactId", "externalMediaCount",
            "externalOrganizationId", "externalTag", "firstQueue", "flaggedReason", "flowInType", "flowOutType",
            "groupId", "interactionType", "journeyActionId", "journeyActionMapId", "journeyActionMapVersion",
            "journeyCustomerId", "journeyCustomerIdType", "journeyCustomerSessionId", "journeyCustomerSessionIdType",
            "knowledgeBaseId", "mediaCount", "mediaType", "messageType", "originatingDirection",
            "originatingSocialMediaPublic", "outboundCampaignId", "outboundContactId", "outboundContactListId",
            "participantName", "peerId", "proposedAgentId", "provider", "purpose", "queueId", "remote",
            "removedSkillId", "reoffered", "requestedLanguageId", "requestedRouting", "requestedRoutingSkillId",
            "roomId", "routingPriority", "routingRing", "routingRule", "routingRuleType", "scoredAgentId",
            "selectedAgentId", "selectedAgentRank", "selfServed", "sessionDnis", "sessionId", "skillExpressionId",
            "stationId", "teamId", "usedRouting", "userId", "videoPresent", "waitingInteractionCount", "wrapUpCode");

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
            "messageType", "originatingDirection", "originatingSocialMediaPublic", "outboundCampaignId",
            "outboundContactId", "outboundContactListId", "participantName", "peerId", "proposedAgentId", "provider",
            "purpose", "queueId", "remote", "removedSkillId", "reoffered", "requestedLanguageId", "requestedRouting",
            "requestedRoutingSkillId", "roomId", "routingPriority", "routingRing", "routingRule", "routingRuleType",
            "scoredAgentId", "selectedAgentId", "selectedAgentRank", "selfServed", "sessionDnis", "sessionId",
            "stationId", "teamId", "usedRouting", "userId", "videoPresent", "waitingInteractionCount", "wrapUpCode");

    public static final Set<String> PREDICATE_OPERATORS = Set.of("matches", "exists", "notExists");
    public static final Set<String> PREDICATE_TYPES = Set.of("dimension", "property", "metric");
    public static final Set<String> FILTER_TYPES = Set.of("and", "or");
    public static final Set<String> ORDERS = Set.of("asc", "desc", "unordered");
    public static final Set<String> ORDER_BY = io.github.camelgenesys.options.Choices.names(
            io.github.camelgenesys.options.ConversationOrderBy.class);

    private AnalyticsVocabulary() {
    }
}
