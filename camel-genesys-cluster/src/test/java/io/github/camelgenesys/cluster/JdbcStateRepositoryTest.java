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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JdbcStateRepository on a real PostgreSQL. */
class JdbcStateRepositoryTest {

    private static Postgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = Postgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static JdbcStateRepository started(String table) {
        JdbcStateRepository repository = new JdbcStateRepository(postgres.dataSource());
        repository.setTableName(table);
        repository.start();
        return repository;
    }

    @Test
    void createsItsTableWhenAbsentAndAnotherNodeReadsWhatOneWrote() throws Exception {
        JdbcStateRepository node1 = started("state_shared");
        JdbcStateRepository node2 = started("state_shared");

        assertNull(node2.getState("analytics"));
        node1.setState("analytics", "v1|2026-11-01T00:00:00Z||||");
        node1.setState("analytics", "v1|2026-11-02T00:00:00Z||||");

        assertEquals("v1|2026-11-02T00:00:00Z||||", node2.getState("analytics"), "the upsert replaced the value");
        assertEquals(1, postgres.count("SELECT count(*) FROM state_shared"));
        node1.stop();
        node2.stop();
        JdbcStateRepository restarted = started("state_shared");
        assertEquals("v1|2026-11-02T00:00:00Z||||", restarted.getState("analytics"), "kept across restarts");
    }

    @Test
    void nodesStartingTogetherAllFindTheTable() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JdbcStateRepository>> nodes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                nodes.add(pool.submit(() -> {
                    go.await();
                    return started("state_race");
                }));
            }
            go.countDown();
            for (Future<JdbcStateRepository> node : nodes) {
                node.get(30, TimeUnit.SECONDS).setState("k", "v");
            }
            assertEquals(1, postgres.count("SELECT count(*) FROM state_race"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderNeverSeesAHalfWrittenValueWhileAnotherNodeWrites() throws Exception {
        JdbcStateRepository writer = started("state_atomic");
        JdbcStateRepository reader = started("state_atomic");
        String a = "a".repeat(200_000);
        String b = "b".repeat(150_000);
        writer.setState("checkpoint", a);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> writes = pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    writer.setState("checkpoint", i % 2 == 0 ? b : a);
                }
            });
            int reads = 0;
            while (!writes.isDone() || reads < 50) {
                String value = reader.getState("checkpoint");
                assertTrue(value.equals(a) || value.equals(b), "a whole value, length " + value.length());
                reads++;
            }
            writes.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(a, reader.getState("checkpoint"));
    }

    @Test
    void aFailedWriteThrowsAndLeavesTheOldValue() throws Exception {
        JdbcStateRepository repository = started("state_failure");
        repository.setState("k", "before");
        postgres.execute("ALTER TABLE state_failure ADD CONSTRAINT short_values CHECK (length(state_value) < 10)");

        RuntimeCamelException e =
                assertThrows(RuntimeCamelException.class, () -> repository.setState("k", "much too long"));

        assertTrue(e.getMessage().contains("Could not save the state of 'k' in table state_failure"), e.getMessage());
        assertEquals("before", repository.getState("k"));
    }

    @Test
    void aTableNameThatIsNotAnIdentifierIsRefusedAtStart() {
        JdbcStateRepository repository = new JdbcStateRepository(postgres.dataSource());
        repository.setTableName("state; DROP TABLE x");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, repository::start);

        assertTrue(e.getMessage().startsWith("tableName must be a plain SQL identifier"), e.getMessage());
    }
}
