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
package io.github.camelgenesys.simulator.data;

import java.util.ArrayList;
import java.util.List;

/**
 * One metric a conversation emits ({@code purpose} acd or agent). The details' session metrics and the aggregates
 * are both built from these, so their sums agree. Only events emitted by {@code nowMs} exist yet.
 */
public record MetricEvent(String purpose, String name, long value, long emitMs) {

    public static List<MetricEvent> of(Conversation c, long nowMs) {
        List<MetricEvent> events = new ArrayList<>(8);
        add(events, nowMs, "acd", "nOffered", 1, c.startMs());
        long waitEnd = c.startMs() + c.waitMs();
        add(events, nowMs, "acd", "tWait", c.waitMs(), waitEnd);
        if (c.abandoned()) {
            add(events, nowMs, "acd", "tAbandon", c.waitMs(), waitEnd);
        } else {
            add(events, nowMs, "acd", "tAcd", c.waitMs(), waitEnd);
            add(events, nowMs, "agent", "nConnected", 1, c.answeredMs());
            long talkEnd = c.answeredMs() + c.talkMs();
            add(events, nowMs, "agent", "tTalk", c.talkMs(), talkEnd);
            if (c.transferred()) {
                add(events, nowMs, "agent", "nTransferred", 1, talkEnd);
            }
            add(events, nowMs, "agent", "tAcw", c.acwMs(), c.endMs());
            add(events, nowMs, "agent", "tHandle", c.handleMs(), c.endMs());
        }
        return events;
    }

    private static void add(List<MetricEvent> out, long nowMs, String purpose, String name, long value, long emit) {
        if (emit <= nowMs) {
            out.add(new MetricEvent(purpose, name, value, emit));
        }
    }
}
