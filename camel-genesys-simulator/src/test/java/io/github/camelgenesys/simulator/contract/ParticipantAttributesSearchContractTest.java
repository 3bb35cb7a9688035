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
package io.github.camelgenesys.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.model.ConversationParticipantSearchCriteria;
import com.mypurecloud.sdk.v2.model.ConversationParticipantSearchRequest;
import com.mypurecloud.sdk.v2.model.JsonCursorSearchResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v2/conversations/participants/attributes/search}, cursor-paged. The searchable field names
 * ({@code startTime}, {@code conversationId}) are the simulator's documented choice; the real list is unverified.
 */
class ParticipantAttributesSearchContractTest extends ContractTestBase {

    private ConversationsApi conversations;

    @BeforeAll
    void conversationsApi() {
        conversations = new ConversationsApi(sdk.api());
    }

    private JsonCursorSearchResponse search(ConversationParticipantSearchRequest request) throws Exception {
        return ok(
                conversations.postConversationsParticipantsAttributesSearchWithHttpInfo(request),
                JsonCursorSearchResponse.class);
    }

    private static ConversationParticipantSearchRequest startedWithin(String interval) {
        String[] bounds = interval.split("/");
        return new ConversationParticipantSearchRequest()
                .query(List.of(new ConversationParticipantSearchCriteria()
                        .type(ConversationParticipantSearchCriteria.TypeEnum.DATE_RANGE)
                        .fields(List.of("startTime"))
                        .startValue(bounds[0])
                        .endValue(bounds[1])));
    }

    @Test
    void dateRangeSearchPagesByCursorToTheEndWithoutDuplicates() throws Exception {
        String interval = pastDays(3, 2);
        Instant from = Instant.parse(interval.split("/")[0]);
        Instant to = Instant.parse(interval.split("/")[1]);
        Set<String> ids = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonCursorSearchResponse page = search(startedWithin(interval).cursor(cursor));
            assertNotNull(page.getResults(), "results");
            for (JsonNode result : page.getResults()) {
                String id = result.path("conversationId").asText(null);
                assertNotNull(id, "results[].conversationId in " + result);
                assertTrue(ids.add(id), "duplicate across cursor pages: " + id);
                Instant start = Instant.parse(result.path("startTime").asText());
                assertTrue(!start.isBefore(from) && start.isBefore(to), "startTime " + start + " within " + interval);
            }
            cursor = page.getCursor();
            pages++;
            assertTrue(pages < 100, "cursor paging does not end");
        } while (cursor != null);

        assertTrue(pages > 1, "a day of 200 conversations spans several pages: " + pages);
        assertTrue(ids.size() > 100, "conversations found: " + ids.size());
    }

    @Test
    void exactConversationIdFindsThatConversationOnly() throws Exception {
        JsonCursorSearchResponse any = search(startedWithin(pastDays(3, 2)));
        assertFalse(any.getResults().isEmpty(), "results");
        String id = any.getResults().get(0).path("conversationId").asText();

        JsonCursorSearchResponse one = search(new ConversationParticipantSearchRequest()
                .query(List.of(new ConversationParticipantSearchCriteria()
                        .type(ConversationParticipantSearchCriteria.TypeEnum.EXACT)
                        .fields(List.of("conversationId"))
                        .value(id))));

        assertEquals(1, one.getResults().size(), "exactly the conversation searched for");
        assertEquals(id, one.getResults().get(0).path("conversationId").asText());
        assertNull(one.getCursor(), "no further page");
    }
}
