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
package io.github.camelgenesys.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * LiveConsumer with {@code initialDelay=0}: its first poll may run before {@code doStart} has created the queue
 * directory (a bug the reliability suite found, now fixed). The race is timing-dependent, so the test starts the
 * consumer twenty times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveConsumerStartRaceTest {

    private SimulatedOrg org;

    @BeforeAll
    void startOrg() throws Exception {
        org = new SimulatedOrg(10, 1);
    }

    @AfterAll
    void stopOrg() {
        org.close();
    }

    @Test
    void firstRunRightAfterStartDoesNotFail() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        String uri = org.uri(
                "live",
                "queueIds=" + org.sim.data().queueIds().get(0) + "&delay=1000&initialDelay=0&bridgeErrorHandler=true");
        for (int i = 0; i < 20; i++) {
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        onException(Exception.class)
                                .handled(true)
                                .process(e -> failures.add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
                        from(uri).routeId("live").log("${header.CamelGenesysLiveEvent}");
                    }
                });
                context.start();
                Thread.sleep(100);
            }
        }
        assertEquals(List.of(), failures);
    }
}
