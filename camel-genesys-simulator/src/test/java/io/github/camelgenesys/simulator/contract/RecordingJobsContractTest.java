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
import com.mypurecloud.sdk.v2.api.RecordingApi;
import com.mypurecloud.sdk.v2.api.request.GetRecordingJobsRequest;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncConversationQuery;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.ExecuteRecordingJobsQuery;
import com.mypurecloud.sdk.v2.model.FailedRecordingEntityListing;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import com.mypurecloud.sdk.v2.model.Recording;
import com.mypurecloud.sdk.v2.model.RecordingJob;
import com.mypurecloud.sdk.v2.model.RecordingJob.StateEnum;
import com.mypurecloud.sdk.v2.model.RecordingJobEntityListing;
import com.mypurecloud.sdk.v2.model.RecordingJobsQuery;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recording bulk jobs (create, execute, status, failed recordings, delete) and per-conversation recordings. */
class RecordingJobsContractTest extends ContractTestBase {

    private static final Set<StateEnum> TERMINAL =
            EnumSet.of(StateEnum.FULFILLED, StateEnum.FAILED, StateEnum.CANCELLED);

    private RecordingApi recording;
    private AnalyticsApi analytics;

    @BeforeAll
    void apis() {
        recording = new RecordingApi(sdk.api());
        analytics = new AnalyticsApi(sdk.api());
    }

    /** Jobs stay PENDING long enough that a slow machine still creates the third job while two are PENDING. */
    @Override
    GenesysCloudSimulator.Builder configure(GenesysCloudSimulator.Builder builder) {
        return builder.jobDelay(Duration.ofSeconds(3));
    }

    private RecordingJob create(RecordingJobsQuery query) throws Exception {
        RecordingJob job = ok(recording.postRecordingJobsWithHttpInfo(query), RecordingJob.class);
        assertNotNull(job.getId(), "id");
        assertNotNull(job.getState(), "state");
        return job;
    }

    private RecordingJob get(String jobId) throws Exception {
        RecordingJob job = ok(recording.getRecordingJobWithHttpInfo(jobId), RecordingJob.class);
        assertEquals(jobId, job.getId(), "id");
        assertNotNull(job.getState(), "state");
        return job;
    }

    private RecordingJob await(String jobId, Set<StateEnum> states) throws Exception {
        Instant limit = Instant.now().plus(POLL_LIMIT);
        RecordingJob job = get(jobId);
        while (!states.contains(job.getState()) && Instant.now().isBefore(limit)) {
            pause();
            job = get(jobId);
        }
        return job;
    }

    private static RecordingJobsQuery archive(String interval, Date actionDate) {
        return new RecordingJobsQuery()
                .action(RecordingJobsQuery.ActionEnum.ARCHIVE)
                .actionDate(actionDate)
                .conversationQuery(new AsyncConversationQuery().interval(interval));
    }

    private void deleteQuietly(String jobId) throws Exception {
        recording.deleteRecordingJobWithHttpInfo(jobId);
    }

    @Test
    void archiveJobRunsToFulfilledAndTheConversationRecordingsShowTheArchiveDate() throws Exception {
        String interval = pastDays(6, 5);
        Date archiveAt = Date.from(Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

        RecordingJob created = create(archive(interval, archiveAt));
        assertTrue(
                created.getState() == StateEnum.PENDING || created.getState() == StateEnum.READY,
                "a new job is PENDING or READY: " + created.getState());
        assertEquals(
                RecordingJobsQuery.ActionEnum.ARCHIVE,
                created.getRecordingJobsQuery().getAction(),
                "recordingJobsQuery.action echoed");

        RecordingJob ready = await(created.getId(), EnumSet.of(StateEnum.READY, StateEnum.FAILED));
        assertEquals(StateEnum.READY, ready.getState(), "the job's query ran; errorMessage=" + ready.getErrorMessage());
        assertNotNull(ready.getTotalConversations(), "totalConversations");
        assertNotNull(ready.getTotalRecordings(), "totalRecordings");
        assertTrue(ready.getTotalRecordings() > 0, "a day of voice conversations has recordings");

        RecordingJob executing = ok(
                recording.putRecordingJobWithHttpInfo(
                        created.getId(),
                        new ExecuteRecordingJobsQuery().state(ExecuteRecordingJobsQuery.StateEnum.PROCESSING)),
                RecordingJob.class);
        assertTrue(
                executing.getState() == StateEnum.PROCESSING || executing.getState() == StateEnum.FULFILLED,
                "after PUT {state: PROCESSING}: " + executing.getState());

        RecordingJob done = await(created.getId(), TERMINAL);
        assertEquals(StateEnum.FULFILLED, done.getState(), "errorMessage=" + done.getErrorMessage());
        assertEquals(100, done.getPercentProgress(), "percentProgress");
        assertEquals(
                done.getTotalRecordings().intValue(),
                done.getTotalProcessedRecordings()
                        + (done.getTotalSkippedRecordings() == null ? 0 : done.getTotalSkippedRecordings())
                        + (done.getTotalFailedRecordings() == null ? 0 : done.getTotalFailedRecordings()),
                "processed + skipped + failed = total");

        FailedRecordingEntityListing failed = ok(
                recording.getRecordingJobFailedrecordingsWithHttpInfo(created.getId(), 25, 1, true, null),
                FailedRecordingEntityListing.class);
        assertNotNull(failed.getEntities(), "failedrecordings entities");
        assertEquals(
                done.getTotalFailedRecordings() == null
                        ? 0
                        : done.getTotalFailedRecordings().longValue(),
                failed.getTotal() == null ? failed.getEntities().size() : failed.getTotal(),
                "failed recordings listed");

        List<Recording> recordings = voiceRecordingsIn(interval);
        assertFalse(recordings.isEmpty(), "recordings of the job's voice conversations");
        for (Recording r : recordings) {
            assertNotNull(r.getId(), "recording id");
            assertNotNull(r.getConversationId(), "recording conversationId");
            assertNotNull(r.getFileState(), "fileState");
        }
        assertTrue(
                recordings.stream().anyMatch(r -> archiveAt.equals(r.getArchiveDate())),
                "archiveDate set to the job's actionDate " + archiveAt.toInstant() + ": "
                        + recordings.stream()
                                .map(r -> r.getFileState() + "@" + r.getArchiveDate())
                                .toList());
    }

    private List<Recording> voiceRecordingsIn(String interval) throws Exception {
        AnalyticsConversationQueryResponse voice = ok(
                analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(new ConversationQuery()
                        .interval(interval)
                        .segmentFilters(Queries.mediaType("voice"))
                        .paging(new PagingSpec().pageSize(5).pageNumber(1))),
                AnalyticsConversationQueryResponse.class);
        assertNotNull(voice.getConversations(), "voice conversations in " + interval);
        List<Recording> recordings = new ArrayList<>();
        for (var c : voice.getConversations()) {
            List<Recording> list = ok(
                    recording.getConversationRecordingsWithHttpInfo(c.getConversationId(), null, null, null),
                    Recording.class);
            assertNotNull(list, "recordings of " + c.getConversationId());
            list.forEach(r -> assertEquals(c.getConversationId(), r.getConversationId(), "recording.conversationId"));
            recordings.addAll(list);
        }
        return recordings;
    }

    @Test
    void failedJobReportsItsErrorAndListsTheFailedRecordings() throws Exception {
        sim.failNextRecordingJobs(1);
        RecordingJob created =
                create(archive(pastDays(4, 3), Date.from(Instant.now().plus(30, ChronoUnit.DAYS))));
        assertEquals(
                StateEnum.READY,
                await(created.getId(), EnumSet.of(StateEnum.READY, StateEnum.FAILED))
                        .getState());
        ok(
                recording.putRecordingJobWithHttpInfo(
                        created.getId(),
                        new ExecuteRecordingJobsQuery().state(ExecuteRecordingJobsQuery.StateEnum.PROCESSING)),
                RecordingJob.class);

        RecordingJob failed = await(created.getId(), TERMINAL);

        assertEquals(StateEnum.FAILED, failed.getState(), "state");
        assertNotNull(failed.getErrorMessage(), "errorMessage of a FAILED job");
        FailedRecordingEntityListing listing = ok(
                recording.getRecordingJobFailedrecordingsWithHttpInfo(created.getId(), 100, 1, true, null),
                FailedRecordingEntityListing.class);
        int reportedFailed = failed.getTotalFailedRecordings() == null ? 0 : failed.getTotalFailedRecordings();
        assertEquals(
                reportedFailed,
                listing.getTotal() == null
                        ? listing.getEntities().size()
                        : listing.getTotal().intValue(),
                "failedrecordings lists as many recordings as the job's totalFailedRecordings");
        listing.getEntities().forEach(f -> {
            assertNotNull(f.getConversation(), "failed recording's conversation");
            assertNotNull(f.getRecording(), "failed recording's recording");
        });
    }

    @Test
    void jobWithFiltersIsEchoedWithoutNullsByCreateGetAndList() throws Exception {
        RecordingJobsQuery query =
                archive(pastDays(3, 2), Date.from(Instant.now().plus(45, ChronoUnit.DAYS)));
        query.getConversationQuery().segmentFilters(Queries.mediaType("voice")).conversationFilters(Queries.ended());

        RecordingJob created = create(query);
        try {
            var echoed = created.getRecordingJobsQuery().getConversationQuery();
            assertEquals(1, echoed.getSegmentFilters().size(), "segmentFilters echoed");
            assertEquals(
                    "voice",
                    echoed.getSegmentFilters().get(0).getPredicates().get(0).getValue(),
                    "predicate echoed");
            get(created.getId());

            RecordingJobEntityListing listing = ok(
                    recording.getRecordingJobs(GetRecordingJobsRequest.builder()
                            .withPageSize(25)
                            .withPageNumber(1)
                            .withState(created.getState().toString())
                            .withShowOnlyMyJobs(true)
                            .build()
                            .withHttpInfo()),
                    RecordingJobEntityListing.class);
            assertTrue(
                    listing.getEntities().stream().anyMatch(j -> created.getId().equals(j.getId())),
                    "the new job is listed by state " + created.getState());
            listing.getEntities().forEach(j -> assertEquals(created.getState(), j.getState(), "state filter"));
        } finally {
            deleteQuietly(created.getId());
        }
    }

    @Test
    void deletedJobIsGoneOrCancelled() throws Exception {
        RecordingJob job =
                create(archive(pastDays(8, 7), Date.from(Instant.now().plus(60, ChronoUnit.DAYS))));

        ApiResponse<Void> deleted = recording.deleteRecordingJobWithHttpInfo(job.getId());
        assertNull(
                deleted.getException(),
                () -> "DELETE failed: HTTP " + deleted.getStatusCode() + " " + deleted.getRawBody());

        ApiResponse<RecordingJob> after = recording.getRecordingJobWithHttpInfo(job.getId());
        if (after.getException() != null) {
            SdkContract.error(sdkJson, after, 404);
        } else {
            assertEquals(StateEnum.CANCELLED, ok(after, RecordingJob.class).getState(), "a deleted job still listed");
        }
    }

    @Test
    void thirdConcurrentJobIsRejectedWithAnErrorBody() throws Exception {
        Date later = Date.from(Instant.now().plus(60, ChronoUnit.DAYS));
        RecordingJob first = create(archive(pastDays(9, 8), later));
        RecordingJob second = create(archive(pastDays(8, 7), later));
        try {
            ApiResponse<RecordingJob> third = recording.postRecordingJobsWithHttpInfo(archive(pastDays(7, 6), later));

            assertTrue(
                    third.getStatusCode() >= 400 && third.getStatusCode() < 500,
                    "a third PENDING/PROCESSING job is refused: HTTP " + third.getStatusCode());
            ErrorBody error = SdkContract.error(sdkJson, third, third.getStatusCode());
            assertNotNull(error.getMessage(), "message");
        } finally {
            deleteQuietly(first.getId());
            deleteQuietly(second.getId());
        }
    }
}
