package io.github.camelgenesys.live;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the live consumer knows between polls: per live conversation, its last observation and its last fetched body.
 * Comparing a poll's observations with it gives the events; a conversation is fetched only when it is new or its
 * observation changed, and at most {@code fetchBudget} times per poll (the rest waits for the next poll, so no change
 * is lost and none is reported twice).
 */
final class LiveTracker {

    private static final Logger LOG = LoggerFactory.getLogger(LiveTracker.class);

    /** Fetches a conversation; null when it no longer exists. */
    interface Fetcher {
        Fetched fetch(String conversationId);
    }

    /** A fetched conversation body with the response's correlation id. */
    record Fetched(JsonNode body, String correlationId) {
    }

    private record Known(Observation observation, JsonNode body, String signature) {
    }

    private final Map<String, Known> known = new LinkedHashMap<>();

    int size() {
        return known.size();
    }

    /** Applies one poll's observations and returns the events, in the order ENDED, STARTED, UPDATED. */
    List<LiveEvent> update(ObservationSnapshot snapshot, Fetcher fetcher, int fetchBudget) {
        List<LiveEvent> events = new ArrayList<>();
        Iterator<Map.Entry<String, Known>> it = known.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Known> e = it.next();
            Known k = e.getValue();
            if (!snapshot.conversations().containsKey(e.getKey())
                    && !snapshot.truncatedQueues().contains(k.observation().queueId())) {
                it.remove();
                events.add(new LiveEvent(LiveEvent.ENDED, e.getKey(), k.observation().queueId(), k.body(), null));
            }
        }
        List<Observation> fresh = new ArrayList<>();
        List<Observation> changed = new ArrayList<>();
        for (Observation o : snapshot.conversations().values()) {
            Known k = known.get(o.conversationId());
            if (k == null) {
                fresh.add(o);
            } else if (!k.observation().equals(o)) {
                changed.add(o);
            }
        }
        int budget = fetchBudget;
        List<Observation> toFetch = new ArrayList<>(fresh);
        toFetch.addAll(changed);
        for (Observation o : toFetch) {
            if (budget <= 0) {
                break;
            }
            budget--;
            Fetched fetched;
            try {
                fetched = fetcher.fetch(o.conversationId());
            } catch (GenesysException e) {
                LOG.warn("genesys:live could not fetch conversation {} ({}); trying again next poll",
                        o.conversationId(), e.getMessage());
                break;
            }
            Known before = known.get(o.conversationId());
            if (fetched == null) {
                if (before != null) {
                    known.remove(o.conversationId());
                    events.add(new LiveEvent(LiveEvent.ENDED, o.conversationId(), o.queueId(), before.body(), null));
                }
                continue;
            }
            String signature = signature(fetched.body());
            known.put(o.conversationId(), new Known(o, fetched.body(), signature));
            if (before == null) {
                events.add(new LiveEvent(LiveEvent.STARTED, o.conversationId(), o.queueId(), fetched.body(),
                        fetched.correlationId()));
            } else if (!before.signature().equals(signature)) {
                events.add(new LiveEvent(LiveEvent.UPDATED, o.conversationId(), o.queueId(), fetched.body(),
                        fetched.correlationId()));
            }
        }
        return events;
    }

    /** Every known live conversation, as SNAPSHOT events. */
    List<LiveEvent> snapshot() {
        List<LiveEvent> events = new ArrayList<>(known.size());
        known.forEach((id, k) -> events.add(new LiveEvent(LiveEvent.SNAPSHOT, id, k.observation().queueId(), k.body(),
                null)));
        return events;
    }

    /**
     * What counts as a change: the conversation state, and per participant its id, purpose, user, queue, end time,
     * wrap-up code and the states of its media sessions (calls, chats, messages, ...).
     */
    static String signature(JsonNode conversation) {
        StringBuilder s = new StringBuilder(conversation.path("state").asText(""));
        for (JsonNode p : conversation.path("participants")) {
            s.append('|').append(p.path("id").asText("")).append(',').append(p.path("purpose").asText(""))
                    .append(',').append(p.path("userId").asText("")).append(',').append(p.path("queueId").asText(""))
                    .append(',').append(p.path("endTime").asText("")).append(',')
                    .append(p.path("wrapup").path("code").asText(""));
            p.fields().forEachRemaining(f -> {
                if (f.getValue().isArray()) {
                    f.getValue().forEach(m -> s.append(',').append(f.getKey()).append('=')
                            .append(m.path("state").asText("")));
                }
            });
        }
        return s.toString();
    }
}
