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
package io.github.camelgenesys.simulator;

import io.github.camelgenesys.simulator.data.Catalog;
import io.github.camelgenesys.simulator.data.Hash;
import io.github.camelgenesys.simulator.data.Ids;
import io.github.camelgenesys.simulator.data.Timeline;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversations happening now. Automatic ones start at {@code liveRatePerMinute} from the moment the simulator was
 * built and progress waiting → interacting → ended with the clock; each is derived from its sequence number, so none
 * is stored. Manual ones ({@link #startConversation}) wait until {@link #answerConversation} and end on
 * {@link #endConversation}. Ended conversations leave the observations but stay readable by id.
 */
public final class LiveConversations {
    private static final String[] MEDIA = {"voice", "voice", "voice", "message", "message", "chat", "email", "callback"
    };
    private static final long MAX_WAIT_MS = 90_000;
    private static final long MAX_TALK_MS = 300_000;

    private final SimulatorContext ctx;
    private final long originMs;
    private final Map<Long, Timeline> manual = new ConcurrentHashMap<>();
    private long manualCount;

    LiveConversations(SimulatorContext ctx) {
        this.ctx = ctx;
        this.originMs = ctx.now();
    }

    /** Starts a conversation waiting in a queue; returns its id. */
    public synchronized String startConversation(String queueId, String mediaType) {
        int queue = ctx.catalog().queueIndex(queueId);
        if (queue < 0) {
            throw new IllegalArgumentException("unknown queueId " + queueId + "; use one of data().queueIds()");
        }
        if (!Set.of("voice", "message", "chat", "email", "callback").contains(mediaType)) {
            throw new IllegalArgumentException(
                    "mediaType must be one of [voice, message, chat, email, callback], got " + mediaType);
        }
        long number = 2 * (manualCount++) + 1;
        Timeline t = new Timeline(
                ctx.ids().id(Ids.LIVE, number),
                number,
                mediaType,
                "inbound",
                queue,
                Hash.below(ctx.config().seed(), 20, number, Catalog.USERS),
                Hash.below(ctx.config().seed(), 21, number, Catalog.WRAPUPS),
                ctx.now(),
                Timeline.NEVER,
                Timeline.NEVER);
        manual.put(number, t);
        return t.id();
    }

    /** An agent answers: the conversation moves from waiting to interacting. */
    public void answerConversation(String id) {
        update(
                id,
                t -> new Timeline(
                        t.id(),
                        t.salt(),
                        t.mediaType(),
                        t.direction(),
                        t.queue(),
                        t.user(),
                        t.wrapUp(),
                        t.startMs(),
                        Math.min(t.answeredMs(), ctx.now()),
                        t.endMs()));
    }

    /** The conversation ends now (it disappears from the observations). */
    public void endConversation(String id) {
        update(
                id,
                t -> new Timeline(
                        t.id(),
                        t.salt(),
                        t.mediaType(),
                        t.direction(),
                        t.queue(),
                        t.user(),
                        t.wrapUp(),
                        t.startMs(),
                        t.answeredMs(),
                        Math.min(t.endMs(), ctx.now())));
    }

    /** Ids of the conversations currently waiting or interacting. */
    public Set<String> liveConversationIds() {
        Set<String> ids = new TreeSet<>();
        active().forEach(t -> ids.add(t.id()));
        return ids;
    }

    private void update(String id, java.util.function.UnaryOperator<Timeline> change) {
        long number = ctx.ids().parse(Ids.LIVE, id);
        Timeline t = number >= 0 ? manual.get(number) : null;
        if (t == null) {
            throw new IllegalArgumentException("no manually started live conversation " + id);
        }
        manual.put(number, change.apply(t));
    }

    /** The live conversation with this id (manual or automatic, ended ones included), or null. */
    public Timeline byId(String id) {
        long number = ctx.ids().parse(Ids.LIVE, id);
        if (number < 0) {
            return null;
        }
        if (number % 2 == 1) {
            return manual.get(number);
        }
        long k = number / 2;
        return k < startedCount(ctx.now()) ? automatic(k) : null;
    }

    /** Conversations waiting or interacting now. */
    public List<Timeline> active() {
        long now = ctx.now();
        List<Timeline> result = new ArrayList<>();
        long started = startedCount(now);
        long first = Math.max(0, startedCount(now - MAX_WAIT_MS - MAX_TALK_MS) - 1);
        for (long k = first; k < started; k++) {
            Timeline t = automatic(k);
            if (!t.ended(now) && t.startMs() <= now) {
                result.add(t);
            }
        }
        Collection<Timeline> manualOnes = manual.values();
        for (Timeline t : manualOnes) {
            if (!t.ended(now)) {
                result.add(t);
            }
        }
        return result;
    }

    private long startedCount(long now) {
        int rate = ctx.config().liveRatePerMinute();
        if (rate == 0 || now < originMs) {
            return 0;
        }
        return (now - originMs) * rate / 60_000 + 1;
    }

    private Timeline automatic(long k) {
        long seed = ctx.config().seed();
        long start = originMs + k * 60_000 / ctx.config().liveRatePerMinute();
        long number = 2 * k;
        long wait = Hash.between(seed, 22, k, 2_000, MAX_WAIT_MS);
        long talk = Hash.between(seed, 23, k, 20_000, MAX_TALK_MS);
        return new Timeline(
                ctx.ids().id(Ids.LIVE, number),
                number,
                MEDIA[Hash.below(seed, 24, k, MEDIA.length)],
                "inbound",
                Hash.below(seed, 25, k, ctx.config().queues()),
                Hash.below(seed, 26, k, Catalog.USERS),
                Hash.below(seed, 27, k, Catalog.WRAPUPS),
                start,
                start + wait,
                start + wait + talk);
    }
}
