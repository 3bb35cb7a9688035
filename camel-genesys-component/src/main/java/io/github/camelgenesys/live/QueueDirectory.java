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
package io.github.camelgenesys.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The queues to observe: the configured ids, or every queue of the org from {@code GET /api/v2/routing/queues}
 * (100 per page), listed again when older than the refresh interval. If a refresh fails the previous list is kept.
 */
final class QueueDirectory {

    static final String PATH = "/api/v2/routing/queues";
    static final int PAGE_SIZE = 100;

    private final GenesysClient client;
    private final List<String> fixed;
    private final Duration refreshInterval;
    private final Clock clock;
    private List<String> listed;
    private Instant listedAt;

    QueueDirectory(GenesysClient client, List<String> fixed, Duration refreshInterval, Clock clock) {
        this.client = client;
        this.fixed = List.copyOf(fixed);
        this.refreshInterval = refreshInterval;
        this.clock = clock;
    }

    /** The queue ids; may list the org's queues first (counting the requests in {@code requests[0]}). */
    List<String> queueIds(int[] requests) {
        if (!fixed.isEmpty()) {
            return fixed;
        }
        Instant now = clock.instant();
        if (listed == null || !now.isBefore(listedAt.plus(refreshInterval))) {
            try {
                listed = listAll(requests);
                listedAt = now;
            } catch (RuntimeException e) {
                if (listed == null) {
                    throw e;
                }
                listedAt = now;
            }
        }
        return listed;
    }

    private List<String> listAll(int[] requests) {
        List<String> ids = new ArrayList<>();
        int pageNumber = 1;
        while (true) {
            JsonNode page = client.get(PATH, Map.of("pageSize", PAGE_SIZE, "pageNumber", pageNumber), JsonNode.class)
                    .body();
            requests[0]++;
            page.path("entities").forEach(q -> ids.add(q.path("id").asText()));
            int pageCount = page.path("pageCount").asInt(pageNumber);
            if (pageNumber >= pageCount || page.path("entities").isEmpty()) {
                return List.copyOf(ids);
            }
            pageNumber++;
        }
    }
}
