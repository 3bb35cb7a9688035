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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v2/analytics/conversations/details/query} read through {@code AnalyticsApi}. */
class DetailsQueryContractTest extends ContractTestBase {

    private AnalyticsApi analytics;

    @BeforeAll
    void analyticsApi() {
        analytics = new AnalyticsApi(sdk.api());
    }

    private AnalyticsConversationQueryResponse query(ConversationQuery query) throws Exception {
        return ok(
                analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(query),
                AnalyticsConversationQueryResponse.class);
    }

    private static ConversationQuery page(String interval, int pageSize, int pageNumber) {
        return new ConversationQuery()
                .interval(interval)
                .order(ConversationQuery.OrderEnum.ASC)
                .orderBy(ConversationQuery.OrderByEnum.CONVERSATIONSTART)
                .paging(new PagingSpec().pageSize(pageSize).pageNumber(pageNumber));
    }

    @Test
    void firstPageHoldsTypedConversationsWithParticipantsSessionsAndSegments() throws Exception {
        String interval = pastDays(5, 3);
        AnalyticsConversationQueryResponse page = query(page(interval, 25, 1));

        List<AnalyticsConversationWithoutAttributes> conversations = page.getConversations();
        assertNotNull(conversations, "conversations");
        assertEquals(25, conversations.size(), "a full first page of 25 (2,000 conversations over 10 days)");
        assertNotNull(page.getTotalHits(), "totalHits");
        assertTrue(page.getTotalHits() > 25, "totalHits > page size: " + page.getTotalHits());

        Instant from = Instant.parse(interval.split("/")[0]);
        Instant toDayEnd = Instant.parse(interval.split("/")[1]).plus(1, ChronoUnit.DAYS);
        Date previousStart = null;
        for (AnalyticsConversationWithoutAttributes c : conversations) {
            assertNotNull(c.getConversationId(), "conversationId");
            assertNotNull(c.getConversationStart(), "conversationStart of " + c.getConversationId());
            Instant start = c.getConversationStart().toInstant();
            assertTrue(
                    !start.isBefore(from) && start.isBefore(toDayEnd),
                    "conversationStart " + start + " on a day touched by " + interval);
            if (previousStart != null) {
                assertFalse(c.getConversationStart().before(previousStart), "order asc by conversationStart");
            }
            previousStart = c.getConversationStart();
            assertNotNull(c.getOriginatingDirection(), "originatingDirection of " + c.getConversationId());
            assertFalse(c.getDivisionIds() == null || c.getDivisionIds().isEmpty(), "divisionIds");
            assertFalse(c.getParticipants() == null || c.getParticipants().isEmpty(), "participants");
            for (AnalyticsParticipantWithoutAttributes p : c.getParticipants()) {
                assertNotNull(p.getParticipantId(), "participantId");
                assertNotNull(p.getPurpose(), "purpose");
                assertFalse(
                        p.getSessions() == null || p.getSessions().isEmpty(), "sessions of " + p.getParticipantId());
                for (AnalyticsSession s : p.getSessions()) {
                    assertNotNull(s.getSessionId(), "sessionId");
                    assertNotNull(s.getMediaType(), "mediaType");
                    assertFalse(
                            s.getSegments() == null || s.getSegments().isEmpty(), "segments of " + s.getSessionId());
                    for (AnalyticsConversationSegment seg : s.getSegments()) {
                        assertNotNull(seg.getSegmentStart(), "segmentStart");
                        assertNotNull(seg.getSegmentType(), "segmentType");
                    }
                }
            }
        }
    }

    @Test
    void pagingToTheEndVisitsEveryHitOnceAndTheLastPageHasNoConversationsField() throws Exception {
        String interval = pastDays(4, 3);
        Set<String> ids = new HashSet<>();
        int totalHits = -1;
        AnalyticsConversationQueryResponse page;
        int pageNumber = 1;
        while (true) {
            page = query(page(interval, 100, pageNumber));
            if (totalHits < 0) {
                totalHits = page.getTotalHits();
            }
            if (page.getConversations() == null || page.getConversations().isEmpty()) {
                break;
            }
            for (AnalyticsConversationWithoutAttributes c : page.getConversations()) {
                assertTrue(ids.add(c.getConversationId()), "duplicate across pages: " + c.getConversationId());
            }
            pageNumber++;
            assertTrue(pageNumber < 100, "paging does not end");
        }
        assertTrue(ids.size() > 100, "more than one page of hits: " + ids.size());
        assertEquals(totalHits, ids.size(), "totalHits equals the distinct conversations paged (fixed past interval)");
        // the SDK model starts with an empty list, so only the raw body can tell an absent field from []
        String lastRaw = analytics
                .postAnalyticsConversationsDetailsQueryWithHttpInfo(page(interval, 100, pageNumber))
                .getRawBody();
        assertFalse(
                sdkJson.readTree(lastRaw).has("conversations"),
                "past the last page the conversations field is absent, not []: " + lastRaw);
    }

    @Test
    void segmentFilterOnMediaTypeMessageReturnsMessageConversationsOnly() throws Exception {
        AnalyticsConversationQueryResponse page =
                query(page(pastDays(9, 1), 50, 1).segmentFilters(Queries.mediaType("message")));

        assertFalse(
                page.getConversations() == null || page.getConversations().isEmpty(), "message conversations exist");
        for (AnalyticsConversationWithoutAttributes c : page.getConversations()) {
            assertTrue(
                    c.getParticipants().stream()
                            .flatMap(p -> p.getSessions().stream())
                            .anyMatch(s -> s.getMediaType() == AnalyticsSession.MediaTypeEnum.MESSAGE),
                    "a session with mediaType message in " + c.getConversationId());
        }
    }

    @Test
    void conversationEndExistsFilterLeavesOutOngoingConversations() throws Exception {
        String lastDay =
                Instant.now().minus(1, ChronoUnit.DAYS) + "/" + Instant.now().plus(1, ChronoUnit.HOURS);
        ConversationQuery newestFirst = page(lastDay, 100, 1).order(ConversationQuery.OrderEnum.DESC);

        AnalyticsConversationQueryResponse unfiltered = query(newestFirst);
        assertNotNull(unfiltered.getConversations(), "conversations of the last day");
        assertTrue(
                unfiltered.getConversations().stream().anyMatch(c -> c.getConversationEnd() == null),
                "the newest conversations include ongoing ones (no conversationEnd)");

        AnalyticsConversationQueryResponse ended = query(newestFirst.conversationFilters(Queries.ended()));
        assertNotNull(ended.getConversations(), "ended conversations of the last day");
        for (AnalyticsConversationWithoutAttributes c : ended.getConversations()) {
            assertNotNull(c.getConversationEnd(), "conversationEnd of " + c.getConversationId());
        }
    }

    @Test
    void pageSizeOverTheMaximumIsA400ErrorBodyNamingPaging() throws Exception {
        ApiResponse<AnalyticsConversationQueryResponse> response =
                analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(page(pastDays(2, 1), 10_000, 1));

        ErrorBody error = SdkContract.error(sdkJson, response, 400);
        assertTrue(
                error.getMessage().toLowerCase().contains("pagesize"), "message names pageSize: " + error.getMessage());
    }
}
