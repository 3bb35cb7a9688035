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

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live consumer's request budget per poll comes from the rate limiter in force for its client id, not from its
 * own rateLimitPerMinute: the limiter is shared by every endpoint of the client id and keeps the rate of the first.
 */
class LiveBudgetFollowsLimiterTest extends CamelTestSupport {

    private static GenesysCloudSimulator sim;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(5)
                .queues(2)
                .rateLimitPerMinute(0)
                .build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Test
    void theBudgetIsTheShareOfTheLimiterInForceNotOfTheEndpointsOwnSetting() throws Exception {
        // the first endpoint of the client id sets up its limiter: 60 requests per minute
        GenesysEndpoint first = context.getEndpoint(
                SimulatorUris.uri(sim, "search", "interval=P1D&rateLimitPerMinute=60"), GenesysEndpoint.class);
        first.start();
        assertEquals(60, first.getClient().rateLimitPerMinute());

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(sim, "live", "startScheduler=false&delay=5000&rateLimitPerMinute=3000"))
                        .routeId("live")
                        .to("mock:events");
            }
        });
        LiveConsumer consumer = (LiveConsumer) context.getRoute("live").getConsumer();
        assertEquals(60, ((GenesysEndpoint) consumer.getEndpoint()).getClient().rateLimitPerMinute());
        assertEquals(5, consumer.requestBudget(), "60/min over a 5 s poll, not 3000/min (250)");
    }
}
