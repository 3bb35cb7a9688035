package io.github.camelgenesys.examples;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What one pipeline did during the demo. */
record PipelineSummary(String pipeline, String status, long records, long failed, long requests, long rateLimited,
        Duration duration, String error) {

    boolean ok() {
        return "ok".equals(status);
    }

    static String table(List<PipelineSummary> rows) {
        StringBuilder out = new StringBuilder();
        String format = "%-18s %-8s %8s %8s %9s %6s %9s%n";
        out.append(String.format(Locale.ROOT, format, "pipeline", "status", "records", "failed", "requests", "429s",
                "duration"));
        for (PipelineSummary r : rows) {
            out.append(String.format(Locale.ROOT, format, r.pipeline, r.status, r.records, r.failed, r.requests,
                    r.rateLimited, seconds(r.duration)));
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
