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
package io.github.camelgenesys.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The history of one messaging conversation, sorted by timestamp (then id).
 *
 * @param conversationId the conversation
 * @param messages       the messages kept (type filter and time window applied), oldest first
 * @param mediaLinks     the URL of every attachment of the kept messages, in timeline order (empty when
 *                       includeAttachments=false)
 * @param ordered        false when the API listed a participant's messages out of chronological order
 * @param windowStart    lower bound of the time window applied (inclusive), null = none
 * @param windowEnd      upper bound of the time window applied (exclusive), null = none
 * @param counts         what was listed, fetched, kept and excluded
 * @param latencyMs      time the sync took
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageTimeline(
        String conversationId,
        List<Message> messages,
        List<String> mediaLinks,
        boolean ordered,
        Instant windowStart,
        Instant windowEnd,
        Counts counts,
        long latencyMs) {

    public MessageTimeline {
        messages = List.copyOf(messages);
        mediaLinks = List.copyOf(mediaLinks);
    }

    /** One message of the timeline; {@code type} is the normalized message type (Text, Structured, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(
            String id, Instant timestamp, String direction, String type, String text, List<Attachment> attachments) {
        public Message {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /** An attachment of a message; {@code mediaType} is Image, Video, Audio, File or Link. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attachment(String id, String mediaType, String url, String mime, String filename, Long sizeBytes) {}

    /**
     * @param listed           message ids the conversation listed
     * @param fetched          messages fetched in bulk
     * @param kept             messages in the timeline
     * @param excludedByType   fetched messages dropped by messageTypes
     * @param excludedByWindow messages outside the time window (not fetched when the listing's messageTime showed it)
     * @param attachments      attachments in the timeline
     * @param bulkCalls        bulk fetch calls made
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(
            int listed,
            int fetched,
            int kept,
            int excludedByType,
            int excludedByWindow,
            int attachments,
            int bulkCalls) {}
}
