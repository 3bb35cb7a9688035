package io.github.camelgenesys.messaging;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the Genesys messaging API shapes the sync reads (unknown fields ignored). */
final class MessagingApi {

    private MessagingApi() {
    }

    /** {@code GET /api/v2/conversations/messages/{conversationId}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageConversation(String id, List<Participant> participants) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Participant(String purpose, List<MessageDetails> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageDetails(String messageId, Instant messageTime) {
    }

    /** {@code POST .../messages/bulk}: a TextMessageListing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageListing(List<MessageData> entities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageData(String id, Instant timestamp, String direction, NormalizedMessage normalizedMessage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NormalizedMessage(String type, String text, List<Content> content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Content(String contentType, Attachment attachment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(String id, String mediaType, String url, String mime, String filename, Long contentSizeBytes) {
    }
}
