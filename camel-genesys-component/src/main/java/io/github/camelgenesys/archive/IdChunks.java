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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads conversation ids lazily from the body and groups them into chunks of {@code batchSize}, skipping ids the
 * idempotent repository already has, ids already in flight and repeats within a chunk. When every id of a chunk
 * comes with its conversation start, the job interval spans those starts.
 */
final class IdChunks implements ArchiveRun.ChunkSource {

    private final Iterator<?> source;
    private final ArchiveOptions options;
    private final RecordingJobsQueries queries;
    private long skipped;

    IdChunks(Iterator<?> source, ArchiveOptions options, RecordingJobsQueries queries) {
        this.source = source;
        this.options = options;
        this.queries = queries;
    }

    @Override
    public ArchiveRun.Chunk next(Set<String> idsInFlight) {
        Set<String> ids = new LinkedHashSet<>();
        Instant earliest = null;
        Instant latest = null;
        boolean allStarts = true;
        while (ids.size() < options.batchSize() && source.hasNext()) {
            ConversationIdSource.Ref ref = ConversationIdSource.ref(source.next());
            if (ref == null) {
                continue;
            }
            String id = ref.id();
            boolean done = options.idempotentRepository() != null
                    && options.idempotentRepository().contains(options.idempotencyKey(id));
            // claiming the id in the producer's shared set is what keeps two exchanges from putting it in two jobs
            if (done || ids.contains(id) || !idsInFlight.add(id)) {
                skipped++;
                continue;
            }
            ids.add(id);
            if (ref.start() == null) {
                allStarts = false;
            } else {
                earliest = earliest == null || ref.start().isBefore(earliest) ? ref.start() : earliest;
                latest = latest == null || ref.start().isAfter(latest) ? ref.start() : latest;
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        List<String> chunk = new ArrayList<>(ids);
        return new ArchiveRun.Chunk(
                List.copyOf(chunk), allStarts ? queries.forIds(chunk, earliest, latest) : queries.forIds(chunk));
    }

    @Override
    public long skipped() {
        return skipped;
    }
}
