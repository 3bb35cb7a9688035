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
package io.github.camelgenesys.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One result of the participant-attributes search ({@code searchType=participantAttributes}). The API documents its
 * results only as JSON objects, so the modelled fields are the ones commonly returned; anything else is kept only
 * with {@code rawPayload=true}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationAttributes(
        String conversationId, Instant startTime, Instant endTime, List<Participant> participants) {

    /** A participant and its custom attributes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(
            String participantId, String participantName, String purpose, Map<String, String> attributes) {}
}
