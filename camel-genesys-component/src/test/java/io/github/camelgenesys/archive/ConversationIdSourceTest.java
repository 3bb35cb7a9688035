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
package io.github.camelgenesys.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.camelgenesys.model.AnalyticsConversation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies that carry conversation starts (so the job interval spans them) and bodies of plain ids. */
class ConversationIdSourceTest {

    private static final Instant START = Instant.parse("2026-10-01T08:30:00Z");

    private static List<ConversationIdSource.Ref> refs(Object body) {
        List<ConversationIdSource.Ref> refs = new ArrayList<>();
        ConversationIdSource.of(body).forEachRemaining(e -> refs.add(ConversationIdSource.ref(e)));
        return refs;
    }

    @Test
    void aJsonArrayOfConversationsKeepsTheirStarts() {
        assertEquals(
                List.of(new ConversationIdSource.Ref("c-1", START), new ConversationIdSource.Ref("c-2", null)),
                refs("[{\"conversationId\":\"c-1\",\"conversationStart\":\"" + START
                        + "\"},{\"conversationId\":\"c-2\"}]"));
    }

    @Test
    void mapsSearchBodiesAndPlainIdsAreRead() {
        AnalyticsConversation searched = new AnalyticsConversation("c-3", START, null, null, null, null, null, null);
        assertEquals(
                List.of(
                        new ConversationIdSource.Ref("c-1", START),
                        new ConversationIdSource.Ref("c-3", START),
                        new ConversationIdSource.Ref("c-4", null)),
                refs(List.of(Map.of("conversationId", "c-1", "conversationStart", START.toString()), searched, "c-4")));
    }

    @Test
    void aConversationWithoutItsIdIsAnError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> refs(List.of(Map.of("conversationStart", START.toString()))));
        assertEquals("A conversation in the body of genesys:archive has no conversationId", e.getMessage());
    }
}
