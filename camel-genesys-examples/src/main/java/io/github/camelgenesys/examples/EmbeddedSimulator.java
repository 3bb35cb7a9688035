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
package io.github.camelgenesys.examples;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;

/**
 * Starts the Genesys Cloud simulator in-process with a small data set, so the demo runs in seconds without
 * credentials. Sizes come from the {@code genesys.simulator.*} properties.
 */
final class EmbeddedSimulator {
    private EmbeddedSimulator() {}

    static GenesysCloudSimulator start(ExampleSettings settings) {
        GenesysCloudSimulator sim = GenesysCloudSimulator.builder()
                .conversations(settings.getInt("genesys.simulator.conversations", 400))
                .days(settings.getInt("genesys.simulator.days", 10))
                .seed(settings.getInt("genesys.simulator.seed", 42))
                .queues(settings.getInt("genesys.simulator.queues", 5))
                .rateLimitPerMinute(rateLimit(settings))
                .liveRatePerMinute(settings.getInt("genesys.simulator.liveRatePerMinute", 30))
                .jobDelay(Duration.ofMillis(settings.getInt("genesys.simulator.jobDelayMillis", 200)))
                .build();
        sim.start();
        return sim;
    }

    /** The simulator's per-token budget; the component is set to the same pace. */
    static int rateLimit(ExampleSettings settings) {
        return settings.getInt("genesys.simulator.rateLimitPerMinute", 1200);
    }
}
