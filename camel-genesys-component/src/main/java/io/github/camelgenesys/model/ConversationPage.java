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

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;

/**
 * A page of analytics conversations, bound in one streaming pass by {@link ConversationPageReader}: the details-job
 * results page ({@code conversations}, {@code cursor}, {@code dataAvailabilityDate}) and the details-query page
 * ({@code conversations}, {@code totalHits}; {@code aggregations} is skipped). Request it from the client with
 * {@link #type(boolean)}; fields the page does not carry are null, unknown fields are ignored.
 */
@JsonDeserialize(using = ConversationPageReader.class)
public class ConversationPage {

    private final List<PagedConversation> conversations;
    private final String cursor;
    private final Instant dataAvailabilityDate;
    private final Long totalHits;

    ConversationPage(
            List<PagedConversation> conversations, String cursor, Instant dataAvailabilityDate, Long totalHits) {
        this.conversations = conversations == null ? List.of() : conversations;
        this.cursor = cursor;
        this.dataAvailabilityDate = dataAvailabilityDate;
        this.totalHits = totalHits;
    }

    /** The type to read a page as: with {@code keepRaw} each conversation keeps its JSON text too. */
    public static Class<? extends ConversationPage> type(boolean keepRaw) {
        return keepRaw ? WithRawJson.class : ConversationPage.class;
    }

    /** The conversations in the order of the page; empty when the page has none. */
    public List<PagedConversation> conversations() {
        return conversations;
    }

    public String cursor() {
        return cursor;
    }

    public Instant dataAvailabilityDate() {
        return dataAvailabilityDate;
    }

    public Long totalHits() {
        return totalHits;
    }

    /** A page whose conversations keep their JSON text ({@link PagedConversation#rawJson()}). */
    @JsonDeserialize(using = ConversationPageReader.KeepingRawJson.class)
    public static final class WithRawJson extends ConversationPage {
        WithRawJson(
                List<PagedConversation> conversations, String cursor, Instant dataAvailabilityDate, Long totalHits) {
            super(conversations, cursor, dataAvailabilityDate, totalHits);
        }
    }
}
