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

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;

/** routes/analytics-export.yaml: details jobs, window after window, one exchange per conversation. */
class AnalyticsExportFaultTest extends PipelineFaultTest {

    @Override
    String pipeline() {
        return "analytics-export";
    }

    @Override
    SimulatedOrg createOrg() throws Exception {
        return new SimulatedOrg(600, 3);
    }

    @Override
    Set<Fault> notApplicable() {
        return Set.of();
    }

    @Override
    Set<String> truth() {
        return org.sim
                .data()
                .conversationIds(Criteria.startedBetween(org.sim.data().historyStart(), org.clock.instant())
                        .completedOnly())
                .collect(Collectors.toSet());
    }

    @Override
    RouteBuilder routes(Outcome out, Runnable midRun) {
        String uri = org.uri(
                "analytics",
                "startDate=" + org.sim.data().historyStart().minus(Duration.ofHours(1))
                        + "&windowSize=1d&jobPollInterval=20ms&delay=50&initialDelay=0&bridgeErrorHandler=true");
        return new RouteBuilder() {
            @Override
            public void configure() {
                handleErrors(this, out);
                from(uri).routeId(pipeline()).process(e -> {
                    out.deliver(e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class));
                    midRun.run();
                });
            }
        };
    }
}
