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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.builder.RouteBuilder;

/**
 * routes/live-monitor.yaml: the live consumer on one queue. Each run starts conversations in the simulator, answers
 * them once they were reported, then ends them: every conversation is STARTED, UPDATED (answered) and ENDED exactly
 * once.
 */
class LiveMonitorFaultTest extends PipelineFaultTest {

    private static final int CONVERSATIONS = 4;
    private final List<String> ids = new ArrayList<>();
    private String queueId;

    @Override
    String pipeline() {
        return "live-monitor";
    }

    @Override
    SimulatedOrg createOrg() throws Exception {
        SimulatedOrg org = new SimulatedOrg(10, 1);
        queueId = org.sim.data().queueIds().get(0);
        return org;
    }

    @Override
    Set<String> truth() {
        ids.clear();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            String id = org.sim.live().startConversation(queueId, "voice");
            ids.add(id);
            keys.add(id + "|STARTED");
            keys.add(id + "|UPDATED");
            keys.add(id + "|ENDED");
        }
        return keys;
    }

    @Override
    RouteBuilder routes(Outcome out, Runnable midRun) {
        // initialDelay 200 ms, not 0: LiveConsumer.doStart schedules the first poll (super.doStart) before it creates
        // its QueueDirectory, so a poll at once can fail with a NullPointerException (reported; see reliability.md)
        String uri = org.uri("live", "queueIds=" + queueId + "&delay=50&initialDelay=200&bridgeErrorHandler=true");
        return new RouteBuilder() {
            @Override
            public void configure() {
                handleErrors(this, out);
                from(uri).routeId(pipeline()).process(e -> {
                    out.deliver(e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class) + "|"
                            + e.getMessage().getHeader(GenesysConstants.LIVE_EVENT, String.class));
                    midRun.run();
                });
            }
        };
    }

    @Override
    void drive(Outcome out) throws Exception {
        await(out, "STARTED");
        ids.forEach(org.sim.live()::answerConversation);
        await(out, "UPDATED");
        ids.forEach(org.sim.live()::endConversation);
    }

    private void await(Outcome out, String event) throws InterruptedException {
        Outcome.await(() -> ids.stream().allMatch(id -> out.keys().contains(id + "|" + event)), 20_000);
    }
}
