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

import java.util.List;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Where a consumer keeps its position (search watermark, analytics checkpoint): one key scheme and one lifecycle
 * for every consumer.
 * <ul>
 * <li>Key: the {@code stateKey} option, else {@code genesys-<operation>/<routeId>/<query hash>}. Positions saved
 * under an older scheme are still read ({@code legacyKeys}), so a restart after an upgrade resumes where it stopped;
 * the next save writes the current key.</li>
 * <li>Lifecycle: the user's repository is started if it is not (a file repository loads its file then) and never
 * stopped: the user owns it (a {@link MemoryStateRepository} forgets everything when stopped, so a route restart
 * would start over). Without a repository a {@link MemoryStateRepository} is created, started and stopped with the
 * consumer.</li>
 * </ul>
 */
public final class ConsumerState {

    private final StateRepository<String, String> repository;
    private final boolean ownedHere;
    private final String key;
    private final List<String> legacyKeys;

    private ConsumerState(
            StateRepository<String, String> repository, boolean ownedHere, String key, List<String> legacyKeys) {
        this.repository = repository;
        this.ownedHere = ownedHere;
        this.key = key;
        this.legacyKeys = legacyKeys;
    }

    /**
     * Starts the state of a consumer.
     *
     * @param repository the user's repository, or null
     * @param stateKey   the {@code stateKey} option, or null or blank for the derived key
     * @param operation  the consumer's operation
     * @param routeId    the route id (the endpoint key when the consumer has no route)
     * @param queryHash  the hash of what the consumer reads, so a changed query starts afresh
     * @param legacyKeys keys an earlier version used for the same position (read only)
     */
    public static ConsumerState start(
            StateRepository<String, String> repository,
            String stateKey,
            String operation,
            String routeId,
            String queryHash,
            List<String> legacyKeys) {
        StateRepository<String, String> used = repository != null ? repository : new MemoryStateRepository();
        if (!ServiceHelper.isStarted(used)) {
            ServiceHelper.startService(used);
        }
        boolean ownedHere = repository == null;
        boolean explicit = stateKey != null && !stateKey.isBlank();
        String key = explicit ? stateKey : key(operation, routeId, queryHash);
        return new ConsumerState(used, ownedHere, key, explicit ? List.of() : List.copyOf(legacyKeys));
    }

    /** The current scheme's key. */
    public static String key(String operation, String routeId, String queryHash) {
        return "genesys-" + operation + "/" + routeId + "/" + queryHash;
    }

    public String key() {
        return key;
    }

    /** The saved position: under the current key, else under the first legacy key that has one; null if none. */
    public String get() {
        String value = repository.getState(key);
        for (int i = 0; value == null && i < legacyKeys.size(); i++) {
            value = repository.getState(legacyKeys.get(i));
        }
        return value;
    }

    public void set(String value) {
        repository.setState(key, value);
    }

    /** Stops the repository if this state created it. */
    public void stop() {
        if (ownedHere) {
            ServiceHelper.stopService(repository);
        }
    }
}
