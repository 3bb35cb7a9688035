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
package io.github.camelgenesys.benchmarks;

import io.github.camelgenesys.simulator.ConversationData.Criteria;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator of one throughput run, in a JVM of its own so that the extraction's JVM measures only the client's CPU
 * and memory. Prints one {@code ORG,...} line (address, the analytics start, the simulator's now, the search interval, the conversations
 * each extraction must deliver), then serves until its standard input closes.
 */
public final class ThroughputServer {

    /** Job window of both analytics extractions (ours and the SDK's): fewer, larger jobs than the 1d default. */
    static final Duration WINDOW = Duration.ofDays(7);

    static final Duration JOB_DELAY = Duration.ofMillis(100);
    static final int DAYS = 30;

    private ThroughputServer() {}

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        try (BenchOrg org = new BenchOrg(size, DAYS, 0, JOB_DELAY)) {
            Instant analyticsFrom = org.sim.data().historyStart().minus(Duration.ofHours(1));
            Instant now = org.clock.instant();
            long analytics = org.sim
                    .data()
                    .count(Criteria.startedBetween(analyticsFrom, now).completedOnly());
            OrgAddress address = org.address();
            System.out.println(String.join(
                    ",",
                    "ORG",
                    address.baseUrl(),
                    address.clientId(),
                    address.clientSecret(),
                    analyticsFrom.toString(),
                    now.toString(),
                    org.interval(),
                    String.valueOf(analytics),
                    String.valueOf(org.completedConversations())));
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input
            }
        }
        System.exit(0);
    }
}
