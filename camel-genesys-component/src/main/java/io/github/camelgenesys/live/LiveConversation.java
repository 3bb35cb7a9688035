package io.github.camelgenesys.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A conversation from {@code GET /api/v2/conversations/{conversationId}}: the body of a {@code genesys:live}
 * exchange. Media sessions (calls, chats, messages, ...) are not modelled; use {@code rawPayload=true} for them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveConversation(
        String id,
        String name,
        String externalTag,
        Instant startTime,
        Instant endTime,
        String address,
        String state,
        String recordingState,
        List<Participant> participants) {

    /** A participant (customer, acd, agent, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(
            String id,
            String name,
            String purpose,
            String participantType,
            String userId,
            String queueId,
            String queueName,
            String address,
            Instant startTime,
            Instant endTime,
            Instant connectedTime,
            Map<String, String> attributes,
            Wrapup wrapup) {
    }

    /** The wrap-up an agent chose. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Wrapup(String code, String name, String notes) {
    }
}
