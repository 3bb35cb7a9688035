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
package io.github.camelgenesys.messaging;

import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.messaging.MessagingApi.MessageConversation;
import io.github.camelgenesys.messaging.MessagingApi.MessageData;
import io.github.camelgenesys.messaging.MessagingApi.MessageDetails;
import io.github.camelgenesys.messaging.MessagingApi.MessageListing;
import io.github.camelgenesys.messaging.MessagingApi.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs one messaging conversation: lists its message ids, fetches them in bulk (normalized messages), filters and
 * sorts them into a {@link MessageTimeline}. Camel-free.
 */
final class MessageSync {

    private static final Logger LOG = LoggerFactory.getLogger(MessageSync.class);
    private static final String BASE = "/api/v2/conversations/messages/";
    private static final Comparator<MessageTimeline.Message> CHRONOLOGICAL = Comparator.comparing(
                    MessageTimeline.Message::timestamp, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MessageTimeline.Message::id);

    private final GenesysClient client;
    private final MessagingOptions options;
    private final Clock clock;

    MessageSync(GenesysClient client, MessagingOptions options, Clock clock) {
        this.client = client;
        this.options = options;
        this.clock = clock;
    }

    MessageTimeline sync(String conversationId) {
        long started = System.nanoTime();
        Instant windowStart = options.windowStart(clock);
        Instant windowEnd = options.before();
        String path = BASE + conversationId;
        MessageConversation conversation =
                client.get(path, null, MessageConversation.class).body();

        Set<String> toFetch = new LinkedHashSet<>();
        Set<String> listed = new LinkedHashSet<>();
        boolean ordered = true;
        int excludedByWindow = 0;
        for (Participant p : nullSafe(conversation == null ? null : conversation.participants())) {
            Instant previous = null;
            for (MessageDetails m : nullSafe(p.messages())) {
                if (m.messageId() == null || !listed.add(m.messageId())) {
                    continue;
                }
                if (m.messageTime() != null) {
                    if (previous != null && m.messageTime().isBefore(previous)) {
                        ordered = false;
                    }
                    previous = m.messageTime();
                    if (!inWindow(m.messageTime(), windowStart, windowEnd)) {
                        excludedByWindow++;
                        continue;
                    }
                }
                toFetch.add(m.messageId());
            }
        }

        List<MessageTimeline.Message> kept = new ArrayList<>();
        int fetched = 0;
        int excludedByType = 0;
        int bulkCalls = 0;
        List<String> ids = new ArrayList<>(toFetch);
        for (int from = 0; from < ids.size(); from += options.bulkSize()) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + options.bulkSize()));
            MessageListing listing = client.post(
                            path + "/messages/bulk?useNormalizedMessage=true", chunk, MessageListing.class)
                    .body();
            bulkCalls++;
            for (MessageData data : nullSafe(listing == null ? null : listing.entities())) {
                fetched++;
                MessageTimeline.Message message = toMessage(data);
                if (message.timestamp() != null && !inWindow(message.timestamp(), windowStart, windowEnd)) {
                    excludedByWindow++;
                } else if (!options.keepsType(message.type())) {
                    excludedByType++;
                } else {
                    kept.add(message);
                }
            }
        }
        kept.sort(CHRONOLOGICAL);
        List<String> mediaLinks = new ArrayList<>();
        kept.forEach(m -> m.attachments().forEach(a -> {
            if (a.url() != null) {
                mediaLinks.add(a.url());
            }
        }));
        int attachments = kept.stream().mapToInt(m -> m.attachments().size()).sum();
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        MessageTimeline.Counts counts = new MessageTimeline.Counts(
                listed.size(), fetched, kept.size(), excludedByType, excludedByWindow, attachments, bulkCalls);
        LOG.debug("Synced messaging conversation {}: {}", conversationId, counts);
        return new MessageTimeline(
                conversationId, kept, mediaLinks, ordered, windowStart, windowEnd, counts, latencyMs);
    }

    private MessageTimeline.Message toMessage(MessageData data) {
        MessagingApi.NormalizedMessage n = data.normalizedMessage();
        List<MessageTimeline.Attachment> attachments = new ArrayList<>();
        if (options.includeAttachments() && n != null) {
            for (MessagingApi.Content content : nullSafe(n.content())) {
                MessagingApi.Attachment a = content.attachment();
                if (a != null) {
                    attachments.add(new MessageTimeline.Attachment(
                            a.id(), a.mediaType(), a.url(), a.mime(), a.filename(), a.contentSizeBytes()));
                }
            }
        }
        return new MessageTimeline.Message(
                data.id(),
                data.timestamp(),
                data.direction(),
                n == null || n.type() == null ? "Unknown" : n.type(),
                n == null ? null : n.text(),
                attachments);
    }

    private static boolean inWindow(Instant t, Instant start, Instant end) {
        return (start == null || !t.isBefore(start)) && (end == null || t.isBefore(end));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
