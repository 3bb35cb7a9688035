/*
 * Copyright 2026 the camel-genesys developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelgenesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One conversation of the details query ({@code AnalyticsConversationWithoutAttributes}): the body of a
 * {@code genesys:search} exchange. Fields the component does not model are dropped; use {@code rawPayload=true}
 * for the full JSON.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalyticsConversation(
        String conversationId,
        Instant conversationStart,
        Instant conversationEnd,
        String originatingDirection,
        List<String> divisionIds,
        String externalTag,
        Double mediaStatsMinConversationMos,
        List<Participant> participants) {

    /** A participant of the conversation (customer, agent, acd, ivr, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(
            String participantId,
            String participantName,
            String purpose,
            String userId,
            String externalContactId,
            Map<String, String> attributes,
            List<Session> sessions) {}

    /** A media session of a participant. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(
            String sessionId,
            String mediaType,
            String direction,
            String ani,
            String dnis,
            String addressFrom,
            String addressTo,
            String messageType,
            List<Segment> segments,
            List<Metric> metrics) {}

    /** A segment of a session (alert, interact, hold, wrapup, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Segment(
            Instant segmentStart,
            Instant segmentEnd,
            String segmentType,
            String queueId,
            String wrapUpCode,
            String wrapUpNote,
            String disconnectType,
            Boolean conference) {}

    /** A session metric (tTalk, tAcw, nConnected, ...); durations in milliseconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metric(String name, Long value, Instant emitDate) {}
}
