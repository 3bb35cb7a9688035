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
import io.github.camelgenesys.messaging.MessageTimeline;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * routes/messaging-sync.yaml: search (mediaType=message) then the messaging producer per conversation; a conversation
 * whose sync failed goes to a dead letter (here a list) and is synced again after the run, as the pipeline's
 * dead-letter file is meant to be replayed.
 */
class MessagingSyncFaultTest extends PipelineFaultTest {

    private final List<String> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    String pipeline() {
        return "messaging-sync";
    }

    @Override
    SimulatedOrg createOrg() throws Exception {
        return new SimulatedOrg(300, 2);
    }

    @Override
    Set<String> truth() {
        return org.sim
                .data()
                .conversationIds(org.completedInInterval().mediaType("message"))
                .collect(Collectors.toSet());
    }

    private String messagingUri() {
        return org.uri("messaging", "retentionDays=0");
    }

    @Override
    RouteBuilder routes(Outcome out, Runnable midRun) {
        deadLetters.clear();
        String search = org.uri(
                "search",
                "interval=" + org.interval()
                        + "&mediaType=message&completedOnly=true&delay=300&initialDelay=0&bridgeErrorHandler=true");
        FirstRun firstRun = new FirstRun();
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(e -> {
                    out.error(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
                    String id = e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class);
                    if (id != null) {
                        deadLetters.add(id);
                    }
                });
                from(search)
                        .routeId(pipeline())
                        .filter(firstRun)
                        .process(e -> midRun.run())
                        .to(messagingUri())
                        .process(e -> out.deliver(
                                e.getMessage().getBody(MessageTimeline.class).conversationId()));
            }
        };
    }

    @Override
    boolean finished(Outcome out, Set<String> truth) {
        Set<String> done = new java.util.HashSet<>(out.keys());
        done.addAll(deadLetters);
        return done.containsAll(truth);
    }

    @Override
    void afterRun(Outcome out) throws Exception {
        if (deadLetters.isEmpty()) {
            return;
        }
        try (CamelContext replay = new DefaultCamelContext()) {
            replay.start();
            ProducerTemplate template = replay.createProducerTemplate();
            for (String id : deadLetters) {
                MessageTimeline timeline = template.requestBodyAndHeader(
                        messagingUri(), null, GenesysConstants.CONVERSATION_ID, id, MessageTimeline.class);
                out.deliver(timeline.conversationId());
            }
        }
    }
}
