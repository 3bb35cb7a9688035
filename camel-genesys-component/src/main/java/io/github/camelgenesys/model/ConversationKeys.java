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
 * What paging, deduplication and watermarks read of one conversation record, parsed once with its page, whichever API
 * returned it; and the body a route receives for it.
 */
public interface ConversationKeys {

    /** The id, or null when the record carries none. */
    String conversationId();

    /** The start, or null when the record carries none. */
    Instant conversationStart();

    /** The end, or null while the conversation is ongoing. */
    Instant conversationEnd();

    /** The body a route receives: the record, or its JSON text with rawPayload. */
    Object body();
}
