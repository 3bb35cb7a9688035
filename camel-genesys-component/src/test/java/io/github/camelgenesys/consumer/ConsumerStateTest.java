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
package io.github.camelgenesys.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

/** One key scheme (older keys still read, so an upgrade resumes) and one lifecycle for state repositories. */
class ConsumerStateTest {

    @Test
    void aPositionSavedUnderTheOlderAnalyticsKeyIsResumedAndTheNextSaveUsesTheCurrentKey() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.start();
        repository.setState("genesys-analytics-extract-abc", "checkpoint-1");

        ConsumerState state = ConsumerState.start(
                repository, null, "analytics", "extract", "abc", List.of("genesys-analytics-extract-abc"));
        assertEquals("genesys-analytics/extract/abc", state.key());
        assertEquals("checkpoint-1", state.get(), "resumed from the key of the earlier version");
        state.set("checkpoint-2");
        assertEquals("checkpoint-2", repository.getState("genesys-analytics/extract/abc"));
        assertEquals("checkpoint-2", state.get());
    }

    @Test
    void anExplicitStateKeyIsUsedAsIsWithoutFallback() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.start();
        repository.setState("genesys-analytics-extract-abc", "old");
        ConsumerState state = ConsumerState.start(
                repository, "mine", "analytics", "extract", "abc", List.of("genesys-analytics-extract-abc"));
        assertEquals("mine", state.key());
        assertNull(state.get());
    }

    @Test
    void theUsersRepositoryIsStartedIfNeededButNeverStoppedOneCreatedHereIs() {
        MemoryStateRepository users = new MemoryStateRepository();
        ConsumerState state = ConsumerState.start(users, null, "search", "r", "h", List.of());
        assertTrue(users.isStarted(), "started for the consumer (a file repository loads its file)");
        state.set("position");
        state.stop();
        assertTrue(users.isStarted(), "the user's repository keeps running, and its positions");
        assertEquals("position", users.getState("genesys-search/r/h"));

        ConsumerState own = ConsumerState.start(null, null, "search", "r", "h", List.of());
        own.set("position");
        own.stop();
        assertNull(own.get(), "the repository created for the consumer was stopped with it (a memory one forgets)");
    }
}
