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

/** The parts of the Genesys messaging API shapes the sync reads (unknown fields ignored). */
final class MessagingApi {

    private MessagingApi() {}

    /** {@code GET /api/v2/conversations/messages/{conversationId}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageConversation(String id, List<Participant> participants) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Participant(String purpose, List<MessageDetails> messages) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageDetails(String messageId, Instant messageTime) {}

    /** {@code POST .../messages/bulk}: a TextMessageListing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageListing(List<MessageData> entities) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageData(String id, Instant timestamp, String direction, NormalizedMessage normalizedMessage) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NormalizedMessage(String type, String text, List<Content> content) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Content(String contentType, Attachment attachment) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(String id, String mediaType, String url, String mime, String filename, Long contentSizeBytes) {}
}
