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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the live consumer knows between polls: per live conversation, its last observation and its last fetched body.
 * Comparing a poll's observations with it gives the events; a conversation is fetched when it is new, when its
 * observation changed, and once when it left the observations (for its final state), at most {@code fetchBudget}
 * times per poll (the rest waits for the next poll, so no change is lost and none is reported twice).
 */
final class LiveTracker {

    private static final Logger LOG = LoggerFactory.getLogger(LiveTracker.class);

    /** Fetches a conversation; null when it no longer exists. */
    interface Fetcher {
        Fetched fetch(String conversationId);
    }

    /** A fetched conversation body with the response's correlation id. */
    record Fetched(JsonNode body, String correlationId) {}

    private record Known(Observation observation, JsonNode body, String signature) {}

    private final boolean reportEnds;
    private final Map<String, Known> known = new LinkedHashMap<>();
    /** Conversations gone from the observations whose final state is still to be fetched (then ENDED). */
    private final Map<String, Known> ending = new LinkedHashMap<>();

    /** @param reportEnds fetch and report ENDED (liveMode=events); false forgets ended conversations (snapshot) */
    LiveTracker(boolean reportEnds) {
        this.reportEnds = reportEnds;
    }

    int size() {
        return known.size();
    }

    /** Conversations no longer observed whose ENDED waits for a fetch (request budget or a failed fetch). */
    int pendingEnds() {
        return ending.size();
    }

    /**
     * Applies one poll's observations and returns the events, in the order ENDED, STARTED, UPDATED. Fetches, within
     * {@code fetchBudget}: first the final state of each conversation that left the observations (one request
     * each), then new conversations, then changed ones. What does not fit waits for the next poll.
     */
    List<LiveEvent> update(ObservationSnapshot snapshot, Fetcher fetcher, int fetchBudget, Instant observedAt) {
        List<LiveEvent> events = new ArrayList<>();
        // seen again before its end was reported (e.g. a transfer between polls): live after all
        ending.entrySet()
                .removeIf(e -> snapshot.conversations().containsKey(e.getKey())
                        && known.putIfAbsent(e.getKey(), e.getValue()) == null);
        Iterator<Map.Entry<String, Known>> it = known.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Known> e = it.next();
            if (!snapshot.conversations().containsKey(e.getKey())
                    && !snapshot.truncatedQueues()
                            .contains(e.getValue().observation().queueId())) {
                it.remove();
                if (reportEnds) {
                    ending.put(e.getKey(), e.getValue());
                }
            }
        }
        int[] budget = {fetchBudget};
        if (!fetchEnded(fetcher, budget, observedAt, events)) {
            return events;
        }
        List<Observation> toFetch = new ArrayList<>();
        List<Observation> changed = new ArrayList<>();
        for (Observation o : snapshot.conversations().values()) {
            Known k = known.get(o.conversationId());
            if (k == null) {
                toFetch.add(o);
            } else if (!k.observation().equals(o)) {
                changed.add(o);
            }
        }
        toFetch.addAll(changed);
        for (Observation o : toFetch) {
            if (budget[0] <= 0) {
                break;
            }
            budget[0]--;
            Fetched fetched = fetchOrWarn(fetcher, o.conversationId());
            if (fetched == FAILED) {
                break;
            }
            Known before = known.get(o.conversationId());
            if (fetched == null) {
                if (before != null) {
                    known.remove(o.conversationId());
                    events.add(LiveEvent.of(LiveEvent.ENDED, before.observation(), before.body(), null, observedAt));
                }
                continue;
            }
            String signature = signature(fetched.body());
            known.put(o.conversationId(), new Known(o, fetched.body(), signature));
            if (before == null) {
                events.add(LiveEvent.of(LiveEvent.STARTED, o, fetched.body(), fetched.correlationId(), observedAt));
            } else if (!before.signature().equals(signature)) {
                events.add(LiveEvent.of(LiveEvent.UPDATED, o, fetched.body(), fetched.correlationId(), observedAt));
            }
        }
        return events;
    }

    /** ENDED events with the final state fetched once; false when a fetch failed (the rest waits). */
    private boolean fetchEnded(Fetcher fetcher, int[] budget, Instant observedAt, List<LiveEvent> events) {
        Iterator<Map.Entry<String, Known>> it = ending.entrySet().iterator();
        while (it.hasNext() && budget[0] > 0) {
            Map.Entry<String, Known> e = it.next();
            budget[0]--;
            Fetched fetched = fetchOrWarn(fetcher, e.getKey());
            if (fetched == FAILED) {
                return false;
            }
            it.remove();
            Known k = e.getValue();
            events.add(
                    fetched == null
                            ? LiveEvent.of(LiveEvent.ENDED, k.observation(), k.body(), null, observedAt)
                            : LiveEvent.of(
                                    LiveEvent.ENDED,
                                    k.observation(),
                                    fetched.body(),
                                    fetched.correlationId(),
                                    observedAt));
        }
        return true;
    }

    private static final Fetched FAILED = new Fetched(null, null);

    private static Fetched fetchOrWarn(Fetcher fetcher, String conversationId) {
        try {
            return fetcher.fetch(conversationId);
        } catch (GenesysException e) {
            LOG.warn(
                    "genesys:live could not fetch conversation {} ({}); trying again next poll",
                    conversationId,
                    e.getMessage());
            return FAILED;
        }
    }

    /** Every known live conversation, as SNAPSHOT events. */
    List<LiveEvent> snapshot(Instant observedAt) {
        List<LiveEvent> events = new ArrayList<>(known.size());
        known.values()
                .forEach(
                        k -> events.add(LiveEvent.of(LiveEvent.SNAPSHOT, k.observation(), k.body(), null, observedAt)));
        return events;
    }

    /**
     * What counts as a change: the conversation state, and per participant its id, purpose, user, queue, end time,
     * wrap-up code and the states of its media sessions (calls, chats, messages, ...).
     */
    static String signature(JsonNode conversation) {
        StringBuilder s = new StringBuilder(conversation.path("state").asText(""));
        for (JsonNode p : conversation.path("participants")) {
            s.append('|')
                    .append(p.path("id").asText(""))
                    .append(',')
                    .append(p.path("purpose").asText(""))
                    .append(',')
                    .append(p.path("userId").asText(""))
                    .append(',')
                    .append(p.path("queueId").asText(""))
                    .append(',')
                    .append(p.path("endTime").asText(""))
                    .append(',')
                    .append(p.path("wrapup").path("code").asText(""));
            p.fields().forEachRemaining(f -> {
                if (f.getValue().isArray()) {
                    f.getValue()
                            .forEach(m -> s.append(',')
                                    .append(f.getKey())
                                    .append('=')
                                    .append(m.path("state").asText("")));
                }
            });
        }
        return s.toString();
    }
}
