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
package io.github.camelgenesys.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.model.AnalyticsConversation;
import io.github.camelgenesys.query.QueryInterval;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.BaseStream;

/**
 * Turns an exchange body into a lazy iterator of conversation ids: a String (one id, ids separated by commas or
 * whitespace, or a JSON array), a Collection or Iterable, an array, an Iterator or a Stream. Iterators and streams
 * are consumed one chunk at a time. An element may also be a conversation that carries its start (the body of
 * {@code genesys:search}, a JSON object or a Map with {@code conversationId} and {@code conversationStart}): the
 * job interval then spans the starts instead of the archive lookback.
 */
final class ConversationIdSource {

    private static final java.util.regex.Pattern VALID_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private ConversationIdSource() {}

    static Iterator<?> of(Object body) {
        if (body == null) {
            return Collections.emptyIterator();
        }
        if (body instanceof Iterator<?> it) {
            return it;
        }
        if (body instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (body instanceof BaseStream<?, ?> stream) {
            return stream.iterator();
        }
        if (body instanceof Object[] array) {
            return Arrays.asList(array).iterator();
        }
        if (body instanceof CharSequence text) {
            return parse(text.toString()).iterator();
        }
        throw new IllegalArgumentException("genesys:archive cannot read conversation ids from a body of type "
                + body.getClass().getName() + "; use a String (comma-separated or a JSON array), a Collection,"
                + " an array, an Iterator, an Iterable or a Stream");
    }

    /** A conversation id and, when the element carries it, the conversation's start. */
    record Ref(String id, Instant start) {}

    /** The conversation of one element of the body (blank elements are skipped: null). */
    static Ref ref(Object element) {
        if (element instanceof AnalyticsConversation c) {
            return withId(c.conversationId(), c.conversationStart());
        }
        if (element instanceof JsonNode node && node.isObject()) {
            JsonNode start = node.get("conversationStart");
            return withId(
                    node.path("conversationId").asText(null),
                    start == null || start.isNull() ? null : QueryInterval.parseInstant(start.asText()));
        }
        if (element instanceof Map<?, ?> map) {
            Object id = map.get("conversationId");
            Object start = map.get("conversationStart");
            return withId(
                    id == null ? null : id.toString(),
                    start == null
                            ? null
                            : start instanceof Instant i ? i : QueryInterval.parseInstant(start.toString()));
        }
        String id = id(element);
        return id == null ? null : new Ref(id, null);
    }

    private static Ref withId(String id, Instant start) {
        String valid = id(id);
        if (valid == null) {
            throw new IllegalArgumentException("A conversation in the body of genesys:archive has no conversationId");
        }
        return new Ref(valid, start);
    }

    /** A conversation id from one element of the body (blank elements are skipped: null). */
    static String id(Object element) {
        if (element == null) {
            return null;
        }
        String id = (element instanceof JsonNode node ? node.asText() : element.toString()).trim();
        if (id.isEmpty()) {
            return null;
        }
        if (!VALID_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid conversation id '"
                    + (id.length() > 60 ? id.substring(0, 57) + "..." : id) + "' in the body of genesys:archive");
        }
        return id;
    }

    private static List<?> parse(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode array = GenesysJson.mapper().readTree(trimmed);
                List<Object> elements = new ArrayList<>(array.size());
                // objects stay JSON (conversationId and conversationStart are read from them), ids become text
                array.forEach(n -> elements.add(n.isObject() ? n : n.asText()));
                return elements;
            } catch (IOException e) {
                throw new IllegalArgumentException("The body of genesys:archive starts with '[' but is not a JSON"
                        + " array of conversation ids: " + e.getMessage());
            }
        }
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("[,\\s]+"));
    }
}
