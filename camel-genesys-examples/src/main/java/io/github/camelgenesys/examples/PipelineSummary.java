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
package io.github.camelgenesys.examples;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What one pipeline did during the demo. */
record PipelineSummary(
        String pipeline,
        String status,
        long records,
        long failed,
        long requests,
        long rateLimited,
        Duration duration,
        String error) {

    boolean ok() {
        return "ok".equals(status);
    }

    static String table(List<PipelineSummary> rows) {
        StringBuilder out = new StringBuilder();
        String format = "%-18s %-8s %8s %8s %9s %6s %9s%n";
        out.append(String.format(
                Locale.ROOT, format, "pipeline", "status", "records", "failed", "requests", "429s", "duration"));
        for (PipelineSummary r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    format,
                    r.pipeline,
                    r.status,
                    r.records,
                    r.failed,
                    r.requests,
                    r.rateLimited,
                    seconds(r.duration)));
        }
        for (PipelineSummary r : rows) {
            if (r.error != null) {
                out.append("  ").append(r.pipeline).append(": ").append(r.error).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
