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

import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.Messages;
import io.github.camelgenesys.simulator.data.Scan;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Read-only truth about the simulated history, without HTTP, so tests can compare what a client fetched with what
 * exists: {@code sim.data().count(Criteria.startedBetween(from, to).mediaType("voice").completedOnly())}.
 */
public final class ConversationData {

    /** Simple filters over conversations started in [from, to). Every setter narrows the set. */
    public static final class Criteria {
        private final Instant from;
        private final Instant to;
        private String mediaType;
        private String queueId;
        private String direction;
        private String divisionId;
        private String userId;
        private boolean completedOnly;

        private Criteria(Instant from, Instant to) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
        }

        public static Criteria startedBetween(Instant from, Instant to) {
            return new Criteria(from, to);
        }

        public Criteria mediaType(String value) {
            this.mediaType = value;
            return this;
        }

        public Criteria queueId(String value) {
            this.queueId = value;
            return this;
        }

        /** inbound or outbound. */
        public Criteria direction(String value) {
            this.direction = value;
            return this;
        }

        public Criteria divisionId(String value) {
            this.divisionId = value;
            return this;
        }

        public Criteria userId(String value) {
            this.userId = value;
            return this;
        }

        /** Only conversations that have a conversationEnd now. */
        public Criteria completedOnly() {
            this.completedOnly = true;
            return this;
        }
    }

    /**
     * A historical message conversation as {@code GET /api/v2/conversations/messages/{id}} serves it.
     *
     * @param conversationId   the conversation id
     * @param messages         messages listed, including those older than 90 days
     * @param listedOutOfOrder true when the listing swaps neighbouring messages (not in timestamp order)
     */
    public record MessageConversation(String conversationId, int messages, boolean listedOutOfOrder) {}

    private final SimulatorContext ctx;
    private final Messages messages;

    ConversationData(SimulatorContext ctx) {
        this.ctx = ctx;
        this.messages = new Messages(ctx.config().seed(), ctx.ids());
    }

    public long count(Criteria criteria) {
        Predicate<Conversation> p = predicate(criteria);
        Scan scan = ctx.store().scan(criteria.from.toEpochMilli(), criteria.to.toEpochMilli(), true);
        long n = 0;
        while (scan.hasNext()) {
            if (p.test(scan.next())) {
                n++;
            }
        }
        return n;
    }

    /** Ids of matching conversations in start order, generated lazily. */
    public Stream<String> conversationIds(Criteria criteria) {
        return conversations(criteria).map(Conversation::id);
    }

    /**
     * The matching message conversations in start order with their message counts, generated lazily; e.g. the first
     * one with at least 600 messages: {@code messageConversations(c).filter(m -> m.messages() >= 600).findFirst()}.
     */
    public Stream<MessageConversation> messageConversations(Criteria criteria) {
        return conversations(criteria)
                .filter(c -> "message".equals(c.mediaType()))
                .map(c -> new MessageConversation(c.id(), messages.total(c), messages.outOfOrder(c)));
    }

    private Stream<Conversation> conversations(Criteria criteria) {
        Predicate<Conversation> p = predicate(criteria);
        Scan scan = ctx.store().scan(criteria.from.toEpochMilli(), criteria.to.toEpochMilli(), true);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(scan, Spliterator.ORDERED), false)
                .filter(p);
    }

    /**
     * Adds {@code n} completed conversations starting at {@code start} (1 ms apart) that were not there before, like
     * late-arriving data: in-flight paged queries see their pages shift. Returns their ids.
     */
    public List<String> injectConversations(int n, Instant start, String mediaType) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0, got " + n);
        }
        return ctx.store().inject(n, start.toEpochMilli(), Objects.requireNonNull(mediaType, "mediaType"));
    }

    /** First instant of the generated history ({@code days} before the simulator was built). */
    public Instant historyStart() {
        return Instant.ofEpochMilli(ctx.store().historyStartMs());
    }

    public List<String> queueIds() {
        return ctx.catalog().queueIds();
    }

    /** Ids of the recordings of a conversation (one per answered voice conversation). */
    public List<String> recordingIds(String conversationId) {
        Conversation c = ctx.store().byId(conversationId);
        return c == null || !c.hasRecording()
                ? List.of()
                : List.of(ctx.ids().id(io.github.camelgenesys.simulator.data.Ids.RECORDING, c.index()));
    }

    private Predicate<Conversation> predicate(Criteria c) {
        long now = ctx.now();
        return conv -> (c.mediaType == null || c.mediaType.equals(conv.mediaType()))
                && (c.queueId == null || c.queueId.equals(ctx.catalog().queueId(conv.queue())))
                && (c.direction == null || c.direction.equals(conv.direction()))
                && (c.divisionId == null || c.divisionId.equals(ctx.catalog().divisionId(conv.division())))
                && (c.userId == null
                        || (conv.user() >= 0 && c.userId.equals(ctx.catalog().userId(conv.user()))))
                && (!c.completedOnly || conv.endedBy(now));
    }
}
