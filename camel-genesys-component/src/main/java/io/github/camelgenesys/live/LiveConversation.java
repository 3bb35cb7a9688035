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
package io.github.camelgenesys.live;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
            Wrapup wrapup) {}

    /** The wrap-up an agent chose. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Wrapup(String code, String name, String notes) {}
}
