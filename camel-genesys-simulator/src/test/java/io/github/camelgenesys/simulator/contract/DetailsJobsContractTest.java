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

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncConversationQuery;
import com.mypurecloud.sdk.v2.model.AsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus;
import com.mypurecloud.sdk.v2.model.DataAvailabilityResponse;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Async conversation detail jobs: submit, status, cursor-paged results, cancel, and data availability. */
class DetailsJobsContractTest extends ContractTestBase {

    private static final Set<AsyncQueryStatus.StateEnum> TERMINAL = EnumSet.of(
            AsyncQueryStatus.StateEnum.FULFILLED,
            AsyncQueryStatus.StateEnum.FAILED,
            AsyncQueryStatus.StateEnum.CANCELLED,
            AsyncQueryStatus.StateEnum.EXPIRED);

    private AnalyticsApi analytics;

    @BeforeAll
    void analyticsApi() {
        analytics = new AnalyticsApi(sdk.api());
    }

    private String submit(String interval) throws Exception {
        AsyncQueryResponse submitted = ok(
                analytics.postAnalyticsConversationsDetailsJobsWithHttpInfo(new AsyncConversationQuery()
                        .interval(interval)
                        .order(AsyncConversationQuery.OrderEnum.ASC)
                        .orderBy(AsyncConversationQuery.OrderByEnum.CONVERSATIONSTART)),
                AsyncQueryResponse.class);
        assertNotNull(submitted.getJobId(), "jobId");
        return submitted.getJobId();
    }

    private AsyncQueryStatus status(String jobId) throws Exception {
        AsyncQueryStatus status =
                ok(analytics.getAnalyticsConversationsDetailsJobWithHttpInfo(jobId), AsyncQueryStatus.class);
        assertNotNull(status.getState(), "state");
        return status;
    }

    private AsyncQueryStatus awaitTerminal(String jobId) throws Exception {
        Instant limit = Instant.now().plus(POLL_LIMIT);
        AsyncQueryStatus status = status(jobId);
        while (!TERMINAL.contains(status.getState()) && Instant.now().isBefore(limit)) {
            assertTrue(
                    status.getState() == AsyncQueryStatus.StateEnum.QUEUED
                            || status.getState() == AsyncQueryStatus.StateEnum.PENDING,
                    "state while running: " + status.getState());
            pause();
            status = status(jobId);
        }
        return status;
    }

    @Test
    void availabilityIsADateInThePastByTheDataLag() throws Exception {
        DataAvailabilityResponse availability = ok(
                analytics.getAnalyticsConversationsDetailsJobsAvailabilityWithHttpInfo(),
                DataAvailabilityResponse.class);

        assertNotNull(availability.getDataAvailabilityDate(), "dataAvailabilityDate");
        Instant date = availability.getDataAvailabilityDate().toInstant();
        assertTrue(date.isBefore(Instant.now().minus(Duration.ofMinutes(9))), "about now - 10 min: " + date);
        assertTrue(date.isAfter(Instant.now().minus(Duration.ofMinutes(30))), "about now - 10 min: " + date);
    }

    @Test
    void submittedJobIsFulfilledAndItsResultsPageByCursorToTheEndWithoutDuplicates() throws Exception {
        String jobId = submit(pastDays(4, 2));

        AsyncQueryStatus status = awaitTerminal(jobId);
        assertEquals(
                AsyncQueryStatus.StateEnum.FULFILLED,
                status.getState(),
                "final state; errorMessage=" + status.getErrorMessage());
        assertNotNull(status.getSubmissionDate(), "submissionDate");
        assertNotNull(status.getCompletionDate(), "completionDate");
        assertNotNull(status.getExpirationDate(), "expirationDate");

        Set<String> ids = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            AnalyticsConversationAsyncQueryResponse page = ok(
                    analytics.getAnalyticsConversationsDetailsJobResultsWithHttpInfo(jobId, cursor, 100),
                    AnalyticsConversationAsyncQueryResponse.class);
            assertNotNull(page.getDataAvailabilityDate(), "dataAvailabilityDate on every results page");
            if (page.getConversations() != null) {
                assertTrue(
                        page.getConversations().size() <= 100,
                        "pageSize honoured: " + page.getConversations().size());
                for (AnalyticsConversation c : page.getConversations()) {
                    assertNotNull(c.getConversationId(), "conversationId");
                    assertNotNull(c.getConversationStart(), "conversationStart");
                    assertFalse(
                            c.getParticipants() == null || c.getParticipants().isEmpty(), "participants");
                    assertTrue(
                            ids.add(c.getConversationId()), "duplicate across cursor pages: " + c.getConversationId());
                }
            }
            cursor = page.getCursor();
            pages++;
            assertTrue(pages < 200, "cursor paging does not end");
        } while (cursor != null);

        assertTrue(pages > 1, "more than one page for two days of 200 conversations/day: " + pages);
        assertTrue(ids.size() > 100, "conversations in the job results: " + ids.size());
    }

    @Test
    void deletedJobIsGoneOrCancelled() throws Exception {
        String jobId = submit(pastDays(3, 2));

        ApiResponse<Void> deleted = analytics.deleteAnalyticsConversationsDetailsJobWithHttpInfo(jobId);
        assertNull(
                deleted.getException(),
                () -> "DELETE failed: HTTP " + deleted.getStatusCode() + " " + deleted.getRawBody());
        assertTrue(
                deleted.getStatusCode() == 200 || deleted.getStatusCode() == 202 || deleted.getStatusCode() == 204,
                "DELETE status " + deleted.getStatusCode());

        ApiResponse<AsyncQueryStatus> after = analytics.getAnalyticsConversationsDetailsJobWithHttpInfo(jobId);
        if (after.getException() != null) {
            SdkContract.error(sdkJson, after, 404);
        } else {
            assertEquals(
                    AsyncQueryStatus.StateEnum.CANCELLED,
                    ok(after, AsyncQueryStatus.class).getState(),
                    "a deleted job that is still listed is CANCELLED");
        }
    }

    @Test
    void failedJobReportsFailedStateWithAnErrorMessage() throws Exception {
        sim.failNextDetailsJobs(1);
        String jobId = submit(pastDays(3, 2));

        AsyncQueryStatus status = awaitTerminal(jobId);

        assertEquals(AsyncQueryStatus.StateEnum.FAILED, status.getState(), "state");
        assertNotNull(status.getErrorMessage(), "errorMessage of a FAILED job");
    }

    @Test
    void expiredJobReportsExpiredStateAndItsResultsAreGone() throws Exception {
        sim.expireNextDetailsJobs(1);
        String jobId = submit(pastDays(3, 2));

        assertEquals(AsyncQueryStatus.StateEnum.EXPIRED, awaitTerminal(jobId).getState(), "state");

        ApiResponse<AnalyticsConversationAsyncQueryResponse> results =
                analytics.getAnalyticsConversationsDetailsJobResultsWithHttpInfo(jobId, null, 100);
        assertTrue(
                results.getStatusCode() >= 400 && results.getStatusCode() < 500,
                "results of an EXPIRED job are refused: HTTP " + results.getStatusCode());
        SdkContract.error(sdkJson, results, results.getStatusCode());
    }

    @Test
    void resultsPageSizeOverTheMaximumIsA400ErrorBody() throws Exception {
        String jobId = submit(pastDays(3, 2));
        assertEquals(AsyncQueryStatus.StateEnum.FULFILLED, awaitTerminal(jobId).getState());

        ApiResponse<AnalyticsConversationAsyncQueryResponse> response =
                analytics.getAnalyticsConversationsDetailsJobResultsWithHttpInfo(jobId, null, 100_000);

        ErrorBody error = SdkContract.error(sdkJson, response, 400);
        assertTrue(error.getMessage().contains("pageSize"), "message names pageSize: " + error.getMessage());
    }
}
