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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.analytics.ShiftableClock;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recording bulk job only acts on recordings the data lake already holds (the simulator's default inclusion lag is
 * the documented 48 h) and only inside its interval: an id is recorded as done only when the job really acted on it;
 * the others are reported as not eligible or unknown and a later run retries them.
 */
class ArchiveEligibilityTest {

    private static final String RECORDINGS = "GET /api/v2/conversations/{conversationId}/recordings";
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

    private final ShiftableClock clock = new ShiftableClock();
    private final MemoryIdempotentRepository done =
            (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
    private GenesysCloudSimulator sim;
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        sim = GenesysCloudSimulator.builder()
                .conversations(500)
                .days(10)
                .seed(9L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofMillis(40))
                .clock(clock)
                .build();
        sim.start();
        context = new DefaultCamelContext();
        context.getRegistry().bind("done", done);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        sim.stop();
    }

    private Exchange archive(Object body) {
        return template.request(
                "genesys:archive?apiUrl=" + sim.baseUrl() + "&loginUrl=" + sim.baseUrl()
                        + "&clientId=" + sim.clientId() + "&clientSecret=RAW(" + sim.clientSecret() + ")"
                        + "&rateLimitPerMinute=0&jobPollInterval=20ms&idempotentRepository=#done",
                e -> e.getMessage().setBody(body));
    }

    /** Voice conversations with a recording, injected from {@code start} on (1 ms apart), with their starts. */
    private Map<String, Instant> recordedStartingAt(Instant start) {
        List<String> injected = sim.data().injectConversations(40, start, "voice");
        Map<String, Instant> recorded = new LinkedHashMap<>();
        for (int i = 0; i < injected.size() && recorded.size() < 8; i++) {
            if (!sim.data().recordingIds(injected.get(i)).isEmpty()) {
                recorded.put(injected.get(i), start.plusMillis(i));
            }
        }
        return recorded;
    }

    private boolean isDone(String id) {
        return done.contains(id + ":ARCHIVE");
    }

    @Test
    void onlyConversationsTheJobActedOnAreRecordedAsDoneAndTheYoungOnesAreRetriedOnceEligible() {
        List<String> old = List.copyOf(
                recordedStartingAt(Instant.now().minus(Duration.ofDays(5))).keySet());
        List<String> young = List.copyOf(
                recordedStartingAt(Instant.now().minus(Duration.ofHours(6))).keySet());
        List<String> ids = new ArrayList<>(old);
        ids.addAll(young);
        ids.add(UNKNOWN_ID);

        Exchange first = archive(ids);

        assertNull(first.getException());
        ArchiveSummary s = first.getMessage().getBody(ArchiveSummary.class);
        assertEquals(young, s.notEligible());
        assertEquals(List.of(UNKNOWN_ID), s.unknown());
        assertEquals(young.size(), first.getMessage().getHeader(GenesysConstants.ARCHIVE_CONVERSATIONS_NOT_ELIGIBLE));
        assertEquals(1, first.getMessage().getHeader(GenesysConstants.ARCHIVE_CONVERSATIONS_UNKNOWN));
        old.forEach(id -> assertTrue(isDone(id), "archived: " + id));
        young.forEach(id -> assertFalse(isDone(id), "a young recording was not archived: " + id));
        assertFalse(isDone(UNKNOWN_ID));
        assertEquals(old.size(), sim.stats().recordingsArchived());
        assertEquals(ids.size(), sim.stats().requestCount(RECORDINGS), "one check per id of a job that matched fewer");

        clock.shift(Duration.ofDays(3));
        sim.resetStats();
        Exchange second = archive(ids);

        ArchiveSummary again = second.getMessage().getBody(ArchiveSummary.class);
        assertEquals(List.of(), again.notEligible());
        assertEquals(old.size(), again.conversationsSkipped(), "done ids are not sent again");
        young.forEach(id -> assertTrue(isDone(id), "archived once eligible: " + id));
        assertEquals(young.size(), sim.stats().recordingsArchived());
        assertEquals(0, sim.stats().recordingsArchivedMoreThanOnce());
    }

    @Test
    void idsOlderThanTheDefaultLookbackAreNotEligibleUnlessTheBodyGivesTheirStarts() {
        Map<String, Instant> starts = recordedStartingAt(Instant.now().minus(Duration.ofDays(40)));
        List<String> ids = List.copyOf(starts.keySet());

        Exchange plain = archive(ids);

        assertEquals(ids, plain.getMessage().getBody(ArchiveSummary.class).notEligible());
        assertEquals(0, sim.stats().recordingsArchived());
        ids.forEach(id -> assertFalse(isDone(id)));

        List<Map<String, Object>> withStarts = new ArrayList<>();
        starts.forEach(
                (id, start) -> withStarts.add(Map.of("conversationId", id, "conversationStart", start.toString())));
        Exchange located = archive(withStarts);

        assertNull(located.getException());
        assertEquals(
                List.of(), located.getMessage().getBody(ArchiveSummary.class).notEligible());
        assertEquals(ids.size(), sim.stats().recordingsArchived());
        ids.forEach(id -> assertTrue(isDone(id)));
    }
}
