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
package io.github.camelgenesys.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelgenesys.archive.ArchiveSummary;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive idempotency on camel-sql's JdbcMessageIdRepository in a real PostgreSQL: what one node archived, the
 * node that takes over skips. Two CamelContexts with their own component, connection pool and repository instance.
 */
class ArchiveIdempotencyTest {

    private static Postgres postgres;
    private static GenesysCloudSimulator simulator;
    private static List<String> recorded;

    @BeforeAll
    static void startEngines() throws Exception {
        postgres = Postgres.start();
        simulator = GenesysCloudSimulator.builder()
                .conversations(3_000)
                .days(5)
                .seed(5L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofMillis(30))
                .dataLag(Duration.ofMinutes(1))
                .build();
        simulator.start();
        recorded = simulator
                .data()
                .conversationIds(Criteria.startedBetween(
                                simulator.data().historyStart(), Instant.now().minus(Duration.ofHours(2)))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !simulator.data().recordingIds(id).isEmpty())
                .limit(300)
                .toList();
        assertEquals(300, recorded.size(), "enough recorded conversations in the simulator");
    }

    @AfterAll
    static void stopEngines() throws Exception {
        simulator.stop();
        postgres.close();
    }

    @Test
    void theNodeThatTakesOverSkipsWhatTheFirstNodeArchivedAndNoRecordingIsArchivedTwice() throws Exception {
        List<String> firstHalf = recorded.subList(0, 150);

        ArchiveSummary first = archiveOnNewNode(firstHalf);
        ArchiveSummary second = archiveOnNewNode(recorded);

        assertEquals(150, first.conversations());
        assertEquals(150, second.conversations(), "only the ids the first node had not archived");
        assertEquals(150, second.conversationsSkipped());
        SimulatorStats stats = simulator.stats();
        assertEquals(300, stats.recordingsArchived());
        assertEquals(0, stats.recordingsArchivedMoreThanOnce(), "no recording archived twice");
        for (String id : recorded) {
            assertEquals(
                    1,
                    stats.recordings()
                            .get(simulator.data().recordingIds(id).get(0))
                            .archived(),
                    id);
        }
        // camel-sql created its table (default DDL, primary key processorName + messageId) and recorded every id
        assertEquals(
                300,
                postgres.count("SELECT count(*) FROM CAMEL_MESSAGEPROCESSED"
                        + " WHERE processorName = 'archive-pipeline' AND messageId LIKE '%:ARCHIVE'"));
        assertEquals(
                1,
                postgres.count("SELECT count(*) FROM information_schema.table_constraints"
                        + " WHERE table_name = 'camel_messageprocessed' AND constraint_type = 'PRIMARY KEY'"));
    }

    /** One node: its own CamelContext, genesys component, connection pool and repository; gone afterwards. */
    private static ArchiveSummary archiveOnNewNode(List<String> ids) throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(postgres.url());
            pool.setUsername(Postgres.USER);
            pool.setPassword(Postgres.PASSWORD);
            pool.setMaximumPoolSize(2);
            CamelContext node = new DefaultCamelContext();
            node.getRegistry().bind("archivedConversations", new JdbcMessageIdRepository(pool, "archive-pipeline"));
            node.start();
            try {
                String base = simulator.baseUrl();
                Exchange done = node.createProducerTemplate()
                        .request(
                                "genesys:archive?apiUrl=" + base + "&loginUrl="
                                        + base + "&clientId=" + simulator.clientId() + "&clientSecret=RAW("
                                        + simulator.clientSecret()
                                        + ")&rateLimitPerMinute=0&jobPollInterval=15ms&idempotentRepository=#archivedConversations",
                                e -> e.getMessage().setBody(String.join(",", ids)));
                assertNull(done.getException());
                ArchiveSummary summary = done.getMessage().getBody(ArchiveSummary.class);
                assertTrue(summary.isComplete(), summary.toString());
                return summary;
            } finally {
                node.stop();
            }
        }
    }
}
