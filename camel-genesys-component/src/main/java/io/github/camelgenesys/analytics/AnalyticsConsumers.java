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
package io.github.camelgenesys.analytics;

import io.github.camelgenesys.GenesysEndpoint;
import java.time.Clock;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/** Creates the consumer of a genesys:analytics endpoint for its mode, after validating the options. */
public final class AnalyticsConsumers {

    private AnalyticsConsumers() {}

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
