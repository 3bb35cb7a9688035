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
package io.github.camelgenesys.simulator.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Retention changes recording jobs made to recordings (only changed recordings are stored). */
public final class RecordingStates {
    /** Dates set on one recording; null = never set. */
    public record Dates(Long archiveDate, Long deleteDate, Long exportDate, Long exportedDate) {
        public String fileState(long now) {
            if (deleteDate != null && deleteDate <= now) {
                return "DELETED";
            }
            if (archiveDate != null && archiveDate <= now) {
                return "ARCHIVED";
            }
            return "AVAILABLE";
        }
    }

    private final Map<String, Dates> dates = new ConcurrentHashMap<>();

    public Dates of(String recordingId) {
        return dates.getOrDefault(recordingId, new Dates(null, null, null, null));
    }

    /** Applies a job action; {@code when} is the action date, {@code now} the processing time. */
    public void apply(String recordingId, String action, long when, long now) {
        dates.compute(recordingId, (id, d) -> {
            Dates cur = d == null ? new Dates(null, null, null, null) : d;
            return switch (action) {
                case "ARCHIVE" -> new Dates(when, cur.deleteDate(), cur.exportDate(), cur.exportedDate());
                case "DELETE" -> new Dates(cur.archiveDate(), when, cur.exportDate(), cur.exportedDate());
                case "EXPORT" -> new Dates(cur.archiveDate(), cur.deleteDate(), when, Math.max(when, now));
                default -> throw new IllegalArgumentException(action);
            };
        });
    }
}
