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
public record SimulatorContext(SimulatorConfig config, Clock clock, Ids ids, Catalog catalog, ConversationStore store,
        QueryEngine engine, ConversationMatcher matcher, DetailsRenderer renderer, ClientRegistry clients,
        TokenStore tokens, StatsCollector stats) {

    public long now() {
        return clock.millis();
    }

    static SimulatorContext create(SimulatorConfig config) {
        Clock clock = config.clock();
        Ids ids = new Ids(config.seed());
        Catalog catalog = new Catalog(ids, config.queues());
        long end = clock.millis();
        long start = end - config.days() * 86_400_000L;
        ConversationStore store = new ConversationStore(config.seed(), config.conversations(), start, end,
                config.queues(), ids);
        return new SimulatorContext(config, clock, ids, catalog, store, new QueryEngine(store),
                new ConversationMatcher(catalog), new DetailsRenderer(catalog, ids, config.seed()), new ClientRegistry(),
                new TokenStore(clock, config.tokenTtl()), new StatsCollector());
    }
}
