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

import io.github.camelgenesys.analytics.AggregateResult;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * routes/queue-report.yaml: aggregates grouped by queue and media type. The truth is the report of a fault-free run;
 * under a fault the first complete report must be the same lines, each once.
 */
class QueueReportFaultTest extends PipelineFaultTest {

    private Set<String> baseline;

    @Override
    String pipeline() {
        return "queue-report";
    }

    @Override
    SimulatedOrg createOrg() throws Exception {
        return new SimulatedOrg(500, 2);
    }

    @Override
    Set<String> truth() throws Exception {
        if (baseline == null) {
            Outcome clean = new Outcome();
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(routes(clean, () -> {}));
                context.start();
                Outcome.await(() -> clean.progress.get() > 0 && clean.keys().size() == clean.progress.get(), 20_000);
                Thread.sleep(200);
            }
            baseline = Set.copyOf(clean.keys());
        }
        return baseline;
    }

    @Override
    boolean callsAfterFirstDelivery() {
        return false;
    }

    @Override
    RouteBuilder routes(Outcome out, Runnable midRun) {
        String uri = org.uri(
                "analytics",
                "mode=aggregates&interval=" + org.interval()
                        + "&granularity=P1D&groupBy=queueId,mediaType&metrics=nOffered,nConnected,tHandle"
                        + "&delay=300&initialDelay=0&bridgeErrorHandler=true");
        FirstRun firstRun = new FirstRun();
        return new RouteBuilder() {
            @Override
            public void configure() {
                handleErrors(this, out);
                from(uri).routeId(pipeline()).filter(firstRun).process(e -> {
                    AggregateResult r = e.getMessage().getBody(AggregateResult.class);
                    out.deliver(r.groupOrEmpty().get("queueId") + ","
                            + r.groupOrEmpty().get("mediaType") + "," + r.count("nOffered") + ","
                            + r.count("nConnected") + "," + r.sum("tHandle"));
                    midRun.run();
                });
            }
        };
    }
}
