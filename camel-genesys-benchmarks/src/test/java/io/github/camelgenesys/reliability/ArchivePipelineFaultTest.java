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

import io.github.camelgenesys.archive.ArchiveException;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * routes/archive-pipeline.yaml: search (voice) → batches of ids → archive with an idempotent repository. A batch that
 * failed (ArchiveException, typed) goes to the dead letters and is archived again after the run; the truth is the set
 * of recordings of the voice conversations found, each archived exactly once according to the simulator's stats.
 */
class ArchivePipelineFaultTest extends PipelineFaultTest {

    private final List<String> deadLetters = new CopyOnWriteArrayList<>();
    private IdempotentRepository archived;
    private Set<String> voiceIds;

    @Override
    String pipeline() {
        return "archive-pipeline";
    }

    @Override
    SimulatedOrg createOrg() throws Exception {
        return new SimulatedOrg(500, 2);
    }

    @Override
    Set<Fault> notApplicable() {
        return Set.of();
    }

    @Override
    Set<String> truth() {
        voiceIds = org.sim
                .data()
                .conversationIds(org.completedInInterval().mediaType("voice"))
                .collect(Collectors.toSet());
        return voiceIds.stream()
                .flatMap(id -> org.sim.data().recordingIds(id).stream())
                .collect(Collectors.toSet());
    }

    private String archiveUri() {
        return org.uri("archive", "idempotentRepository=#archived&jobPollInterval=20ms&maxConcurrentJobs=2");
    }

    @Override
    RouteBuilder routes(Outcome out, Runnable midRun) {
        deadLetters.clear();
        archived = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        String search = org.uri(
                "search",
                "interval=" + org.interval()
                        + "&mediaType=voice&completedOnly=true&delay=300&initialDelay=0&bridgeErrorHandler=true");
        FirstRun firstRun = new FirstRun();
        return new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("archived", archived);
                onException(Exception.class).handled(true).process(e -> {
                    Throwable error = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                    out.error(error);
                    if (error instanceof ArchiveException a) {
                        deadLetters.addAll(a.getFailedConversationIds());
                    }
                    Integer batchSize = e.getProperty("batchSize", Integer.class);
                    if (batchSize != null) {
                        out.progress.addAndGet(batchSize);
                    }
                });
                from(search)
                        .routeId(pipeline())
                        .filter(firstRun)
                        .process(e -> midRun.run())
                        .setBody(header("CamelGenesysConversationId"))
                        .aggregate(constant("archive"), new GroupedBodyAggregationStrategy())
                        .completionSize(50)
                        .completionTimeout(300)
                        .process(e -> e.setProperty(
                                "batchSize", e.getMessage().getBody(List.class).size()))
                        .to(archiveUri())
                        .process(e -> out.progress.addAndGet(e.getProperty("batchSize", Integer.class)));
            }
        };
    }

    @Override
    boolean finished(Outcome out, Set<String> truth) {
        return out.progress.get() >= voiceIds.size();
    }

    @Override
    void afterRun(Outcome out) throws Exception {
        if (!deadLetters.isEmpty()) {
            try (CamelContext replay = new DefaultCamelContext()) {
                replay.getRegistry().bind("archived", archived);
                replay.start();
                replay.createProducerTemplate().requestBody(archiveUri(), List.copyOf(deadLetters));
            }
        }
        SimulatorStats stats = org.sim.stats();
        stats.recordings().forEach((recordingId, actions) -> {
            for (int i = 0; i < actions.archived(); i++) {
                out.deliver(recordingId);
            }
        });
    }
}
