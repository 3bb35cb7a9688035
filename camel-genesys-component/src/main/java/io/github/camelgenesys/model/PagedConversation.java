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

import java.time.Instant;

/**
 * One conversation of a results page, read once: the keys paging and checkpoints need, and either the record (a page
 * read with {@code keepRaw=false}) or the conversation's JSON text ({@code keepRaw=true}, for {@code rawPayload}; the
 * record is then not built and is null).
 */
public record PagedConversation(
        String conversationId,
        Instant conversationStart,
        Instant conversationEnd,
        AnalyticsConversation record,
        String rawJson)
        implements ConversationKeys {

    static PagedConversation of(AnalyticsConversation record) {
        return new PagedConversation(
                record.conversationId(), record.conversationStart(), record.conversationEnd(), record, null);
    }

    /** The body a route receives: the JSON text when it was kept, otherwise the record. */
    @Override
    public Object body() {
        return rawJson != null ? rawJson : record;
    }
}
