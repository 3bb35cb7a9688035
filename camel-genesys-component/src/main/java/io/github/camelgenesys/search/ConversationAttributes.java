package io.github.camelgenesys.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One result of the participant-attributes search ({@code searchType=participantAttributes}). The API documents its
 * results only as JSON objects, so the modelled fields are the ones commonly returned; anything else is kept only
 * with {@code rawPayload=true}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationAttributes(String conversationId, Instant startTime, Instant endTime,
                                     List<Participant> participants) {

    /** A participant and its custom attributes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(String participantId, String participantName, String purpose,
                              Map<String, String> attributes) {
    }
}
