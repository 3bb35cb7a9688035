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

import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.options.LiveMode;
import io.github.camelgenesys.query.SimpleFilters;
import java.time.Duration;
import java.util.List;

/**
 * The live options of an endpoint, validated once when the endpoint is initialized.
 *
 * @param snapshot             liveMode=snapshot
 * @param queueIds             the queues to observe; empty = every queue of the org
 * @param mediaTypes           media types to observe; empty = all
 * @param queueRefreshInterval how often the list of all queues is fetched again
 * @param rawPayload           bodies are the API's JSON text instead of {@link LiveConversation}
 */
public record LiveSettings(
        boolean snapshot,
        List<String> queueIds,
        List<String> mediaTypes,
        Duration queueRefreshInterval,
        boolean rawPayload) {

    /** @throws IllegalArgumentException naming the option */
    public static LiveSettings from(GenesysConfiguration c) {
        c.requireValidChoices();
        Duration refresh = c.getQueueRefreshInterval();
        if (refresh == null || refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("queueRefreshInterval must be positive, was " + refresh);
        }
        return new LiveSettings(
                c.getLiveMode() == LiveMode.snapshot,
                SimpleFilters.split(c.getQueueIds()),
                SimpleFilters.split(c.getMediaType()),
                refresh,
                c.isRawPayload());
    }
}
