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
package io.github.camelgenesys.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.camelgenesys.search.AttributeSearchPages.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run over a fixed page: records are emitted once, and records without an id are counted, never silently lost. */
class SearchRunTest {

    private static Result record(String conversationId) {
        return new Result(conversationId, null, null, conversationId);
    }

    @Test
    void recordsWithoutConversationIdAreCountedNotEmitted() {
        List<Result> records = List.of(record("a"), record(null), record(null), record("b"), record("a"));
        PageSource pages = () -> new SearchPage(records, 1, null, "corr-1", true);
        SearchRun run = new SearchRun(pages, r -> SearchRun.Verdict.EMIT, 100, 0);

        List<SearchHit> hits = run.next(10);

        assertEquals(
                List.of("a", "b"), hits.stream().map(SearchHit::conversationId).toList());
        assertEquals(2, run.withoutId(), "the two records without an id are counted");
        assertEquals(List.of(), run.next(10));
        assertEquals(true, run.scannedEverything());
    }
}
