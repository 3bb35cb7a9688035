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
package io.github.camelgenesys.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a {@link ConversationPage} straight from the response bytes: the {@code conversations} array is read element
 * by element into {@link AnalyticsConversation} records (no tree first), the few page fields as they come, anything
 * else skipped (lenient, as the page records always were). {@link KeepingRawJson} (rawPayload) copies each element
 * to its JSON text instead and reads only its id, start and end on the way.
 * <p>
 * An element that is null or not an object carries no conversation id, so, like before, it yields no record.
 */
public class ConversationPageReader extends StdDeserializer<ConversationPage> {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory PLAIN = new JsonFactory();

    private final boolean keepRawJson;

    public ConversationPageReader() {
        this(false);
    }

    ConversationPageReader(boolean keepRawJson) {
        super(ConversationPage.class);
        this.keepRawJson = keepRawJson;
    }

    /** The reader of {@link ConversationPage.WithRawJson}. */
    public static final class KeepingRawJson extends ConversationPageReader {
        private static final long serialVersionUID = 1L;

        public KeepingRawJson() {
            super(true);
        }
    }

    @Override
    public ConversationPage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        }
        List<PagedConversation> conversations = null;
        String cursor = null;
        Instant dataAvailabilityDate = null;
        Long totalHits = null;
        for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "conversations" -> conversations = conversations(p, ctxt);
                case "cursor" -> cursor = ctxt.readValue(p, String.class);
                case "dataAvailabilityDate" -> dataAvailabilityDate = ctxt.readValue(p, Instant.class);
                case "totalHits" -> totalHits = ctxt.readValue(p, Long.class);
                default -> p.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            return (ConversationPage) ctxt.handleUnexpectedToken(ConversationPage.class, p);
        }
        return keepRawJson
                ? new ConversationPage.WithRawJson(conversations, cursor, dataAvailabilityDate, totalHits)
                : new ConversationPage(conversations, cursor, dataAvailabilityDate, totalHits);
    }

    private List<PagedConversation> conversations(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            ctxt.handleUnexpectedToken(ctxt.constructType(List.class), p);
            return null;
        }
        JavaType type = ctxt.constructType(AnalyticsConversation.class);
        JsonDeserializer<Object> records = ctxt.findRootValueDeserializer(type);
        List<PagedConversation> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            list.add(
                    keepRawJson
                            ? copyAsText(p, ctxt)
                            : PagedConversation.of((AnalyticsConversation) records.deserialize(p, ctxt)));
        }
        return list;
    }

    /**
     * Writes the conversation object the parser is at as compact JSON text (what {@code JsonNode.toString()} wrote
     * before), picking up its id, start and end on the way; no record is built.
     */
    private static PagedConversation copyAsText(JsonParser p, DeserializationContext ctxt) throws IOException {
        StringWriter out = new StringWriter(2048);
        String id = null;
        Instant start = null;
        Instant end = null;
        ObjectCodec codec = p.getCodec();
        try (JsonGenerator g = (codec != null ? codec.getFactory() : PLAIN).createGenerator(out)) {
            g.writeStartObject();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                g.writeFieldName(name);
                JsonToken value = p.nextToken();
                if (value.isStructStart()) {
                    g.copyCurrentStructure(p);
                    continue;
                }
                switch (name) {
                    case "conversationId" -> id = p.getValueAsString();
                    case "conversationStart" -> start = ctxt.readValue(p, Instant.class);
                    case "conversationEnd" -> end = ctxt.readValue(p, Instant.class);
                    default -> {}
                }
                g.copyCurrentEvent(p);
            }
            g.writeEndObject();
        }
        return new PagedConversation(id, start, end, null, out.toString());
    }
}
