package io.github.camelgenesys.analytics;

import java.time.Clock;

import io.github.camelgenesys.GenesysEndpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/** Creates the consumer of a genesys:analytics endpoint for its mode, after validating the options. */
public final class AnalyticsConsumers {

    private AnalyticsConsumers() {
    }

    /**
     * @throws IllegalArgumentException naming the option or field when the options are invalid
     */
    public static ScheduledPollConsumer create(GenesysEndpoint endpoint, Processor processor) {
        Clock clock = Clock.systemUTC();
        AnalyticsOptions options = endpoint.settings(AnalyticsOptions.class);
        return switch (options.mode) {
            case details -> new DetailsJobConsumer(endpoint, processor, options, clock);
            case aggregates -> new AggregatesConsumer(endpoint, processor, options, clock);
            case query -> new DetailsQueryConsumer(endpoint, processor, options, clock);
        };
    }
}
