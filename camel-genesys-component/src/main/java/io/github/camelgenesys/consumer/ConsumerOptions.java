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

import io.github.camelgenesys.GenesysConfiguration;
import java.util.List;
import org.apache.camel.spi.StateRepository;

/**
 * The options every polling consumer of the component (search, analytics) reads the same way, validated once when
 * the endpoint's settings are built.
 *
 * @param rawPayload         bodies are the API's JSON text instead of the typed records
 * @param maxResults         the most conversations one run or poll delivers; 0 = no limit
 * @param maxMessagesPerPoll the most exchanges one poll emits; 0 = no limit
 * @param stateRepository    the user's repository of the position, or null (in memory, see {@link ConsumerState})
 * @param stateKey           the key of the position, or null for the derived key
 */
public record ConsumerOptions(
        boolean rawPayload,
        long maxResults,
        int maxMessagesPerPoll,
        StateRepository<String, String> stateRepository,
        String stateKey) {

    /** @throws IllegalArgumentException naming the option */
    public static ConsumerOptions from(GenesysConfiguration c) {
        atLeastZero("maxResults", c.getMaxResults());
        atLeastZero("maxMessagesPerPoll", c.getMaxMessagesPerPoll());
        String key = c.getStateKey() == null || c.getStateKey().isBlank() ? null : c.getStateKey();
        return new ConsumerOptions(
                c.isRawPayload(), c.getMaxResults(), c.getMaxMessagesPerPoll(), c.getStateRepository(), key);
    }

    /** Starts the consumer's state with these options (see {@link ConsumerState#start}). */
    public ConsumerState startState(String operation, String routeId, String queryHash, List<String> legacy) {
        return ConsumerState.start(stateRepository, stateKey, operation, routeId, queryHash, legacy);
    }

    private static void atLeastZero(String option, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must be at least 0 (0 = no limit), was " + value);
        }
    }
}
