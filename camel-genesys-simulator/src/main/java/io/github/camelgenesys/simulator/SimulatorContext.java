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
package io.github.camelgenesys.simulator;

import io.github.camelgenesys.simulator.auth.ClientRegistry;
import io.github.camelgenesys.simulator.auth.TokenStore;
import io.github.camelgenesys.simulator.data.Catalog;
import io.github.camelgenesys.simulator.data.ConversationMatcher;
import io.github.camelgenesys.simulator.data.ConversationStore;
import io.github.camelgenesys.simulator.data.DetailsRenderer;
import io.github.camelgenesys.simulator.data.Ids;
import io.github.camelgenesys.simulator.data.QueryEngine;
import java.time.Clock;

/** The shared state the endpoint handlers work on. */
public record SimulatorContext(
        SimulatorConfig config,
        Clock clock,
        Ids ids,
        Catalog catalog,
        ConversationStore store,
        QueryEngine engine,
        ConversationMatcher matcher,
        DetailsRenderer renderer,
        ClientRegistry clients,
        TokenStore tokens,
        StatsCollector stats) {

    public long now() {
        return clock.millis();
    }

    static SimulatorContext create(SimulatorConfig config) {
        Clock clock = config.clock();
        Ids ids = new Ids(config.seed());
        Catalog catalog = new Catalog(ids, config.queues());
        long end = clock.millis();
        long start = end - config.days() * 86_400_000L;
        ConversationStore store =
                new ConversationStore(config.seed(), config.conversations(), start, end, config.queues(), ids);
        return new SimulatorContext(
                config,
                clock,
                ids,
                catalog,
                store,
                new QueryEngine(store),
                new ConversationMatcher(catalog),
                new DetailsRenderer(catalog, ids, config.seed()),
                new ClientRegistry(),
                new TokenStore(clock, config.tokenTtl()),
                new StatsCollector());
    }
}
