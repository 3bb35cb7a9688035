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
package io.github.camelgenesys.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.client.RetryPolicy.Action;
import io.github.camelgenesys.client.RetryPolicy.Decision;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link RetryPolicy} against the "Retry decision table" of {@code docs/design.md}: every row of the table
 * is a case here, read from the document itself, so the document and the code cannot drift.
 */
class RetryPolicyTest {

    private static final Path DESIGN = Path.of("../docs/design.md");
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    /** Jitter values that probe both ends of a backoff range. */
    private static final double[] JITTERS = {0.0, 0.5, 0.999_999};

    /** One row of the table, cells as written (backticks removed). */
    record Row(String outcome, String call, String state, String decision, String limiterPaused) {
        @Override
        public String toString() {
            return outcome + " | " + call + " | " + state + " -> " + decision;
        }
    }

    static Stream<Row> table() throws IOException {
        return rows().stream();
    }

    @Test
    void theTableCoversEveryOutcomeKind() throws IOException {
        List<Row> rows = rows();
        String all = rows.toString();
        for (String needed : List.of(
                "HTTP 429, Retry-After: 5",
                "date+7s",
                "inin-ratelimit-reset",
                "HTTP 401",
                "401 replayed",
                "HTTP 502",
                "HTTP 503",
                "HTTP 504",
                "HTTP 500",
                "HTTP 400",
                "connection refused",
                "connection reset",
                "postCreate",
                "token: I/O error",
                "token: HTTP 429",
                "retries=5",
                "elapsed=")) {
            assertTrue(all.contains(needed), "the retry decision table has no row with " + needed);
        }
        for (Action action : Action.values()) {
            assertTrue(all.contains(action.name()), "the retry decision table never decides " + action);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decidesAsTheDesignTableSays(Row row) {
        for (double jitter : JITTERS) {
            RetryPolicy policy = new RetryPolicy(
                    5, Duration.ofMinutes(5), Duration.ofSeconds(180), Duration.ofSeconds(1), () -> jitter);
            Decision decision = policy.decide(attempt(row.state()), outcome(row.outcome(), row.call()));
            assertDecision(row, decision, jitter);
            assertEquals(row.limiterPaused().equals("yes"), decision.pausesLimiter(), row + ": limiter paused");
        }
    }

    private static void assertDecision(Row row, Decision decision, double jitter) {
        String[] expected = row.decision().split(" ", 2);
        Action action = Action.valueOf(expected[0]);
        assertEquals(action, decision.action(), row.toString());
        switch (action) {
            case RETRY_AFTER -> assertEquals(seconds(expected[1]), decision.delay(), row.toString());
            case BACKOFF -> {
                Duration ceiling = seconds(expected[1].substring(1));
                assertTrue(expected[1].startsWith("<"), row + ": write a backoff as <ceiling");
                assertTrue(decision.delay().compareTo(ceiling) < 0, row + ": " + decision.delay());
                assertEquals(
                        (long) (jitter * ceiling.toMillis()), decision.delay().toMillis(), row.toString());
            }
            case REFRESH_TOKEN_AND_REPLAY -> assertEquals(Duration.ZERO, decision.delay(), row.toString());
            case FAIL -> assertEquals(RetryPolicy.FailReason.valueOf(expected[1]), decision.reason(), row.toString());
        }
        if (action != Action.FAIL) {
            assertNull(decision.reason(), row.toString());
        }
    }

    // ---- reading the table ----

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(DESIGN);
        int heading = lines.indexOf("### Retry decision table");
        assertTrue(heading >= 0, "docs/design.md has no '### Retry decision table'");
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            String first = cells[1].trim();
            if (first.equals("outcome") || first.startsWith("---")) {
                continue;
            }
            rows.add(new Row(code(cells[1]), code(cells[2]), code(cells[3]), code(cells[4]), code(cells[5])));
        }
        assertTrue(rows.size() >= 20, "the retry decision table has only " + rows.size() + " rows");
        return rows;
    }

    /** The text in backticks of a cell (the part a reader needs, without the explanation in parentheses). */
    private static String code(String cell) {
        Matcher m = Pattern.compile("`([^`]*)`").matcher(cell);
        return m.find() ? m.group(1).trim() : cell.trim();
    }

    // ---- turning cells into inputs ----

    private static RetryPolicy.Attempt attempt(String state) {
        int retries = 0;
        Duration elapsed = Duration.ZERO;
        boolean replayed = false;
        for (String part : state.split(",")) {
            String p = part.trim();
            if (p.startsWith("retries=")) {
                retries = Integer.parseInt(p.substring("retries=".length()));
            } else if (p.startsWith("elapsed=")) {
                elapsed = seconds(p.substring("elapsed=".length()));
            } else if (p.equals("401 replayed")) {
                replayed = true;
            } else {
                throw new IllegalArgumentException("Unknown state '" + p + "' in the retry decision table");
            }
        }
        return new RetryPolicy.Attempt(retries, elapsed, replayed);
    }

    private static RetryPolicy.Outcome outcome(String outcome, String call) {
        boolean idempotent = !call.equals("postCreate");
        if (outcome.equals("token: I/O error")) {
            return new RetryPolicy.TokenUnreachable();
        }
        IOException io = ioError(outcome);
        if (io != null) {
            return new RetryPolicy.ConnectionFailed(GenesysClient.mayHaveReachedServer(io), idempotent);
        }
        boolean token = outcome.startsWith("token: ");
        String[] parts = (token ? outcome.substring("token: ".length()) : outcome).split(",");
        assertTrue(parts[0].startsWith("HTTP "), "Unknown outcome '" + outcome + "' in the retry decision table");
        int status = Integer.parseInt(parts[0].substring("HTTP ".length()).trim());
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] header = parts[i].split(":", 2);
            headers.put(header[0].trim(), headerValue(header[1].trim()));
        }
        if (token) {
            return new RetryPolicy.TokenRefused(status, RetryAfter.parseRetryAfter(headers.get("Retry-After"), NOW));
        }
        return new RetryPolicy.Answered(status, headers.get("Retry-After"), headers.get("inin-ratelimit-reset"), NOW);
    }

    /** {@code date+7s} is an HTTP-date 7 s after now; anything else is sent as written. */
    private static String headerValue(String value) {
        Matcher date = Pattern.compile("date([+-])(\\d+)s").matcher(value);
        if (!date.matches()) {
            return value;
        }
        long offset = Long.parseLong(date.group(2)) * (date.group(1).equals("-") ? -1 : 1);
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                NOW.plusSeconds(offset).atOffset(ZoneOffset.UTC));
    }

    private static IOException ioError(String outcome) {
        return switch (outcome) {
            case "connection refused" -> new ConnectException("Connection refused");
            case "connect timeout" -> new ConnectTimeoutException("Connect timed out");
            case "unknown host" -> new UnknownHostException("api.example");
            case "connection reset" -> new SocketException("Connection reset");
            case "read timeout" -> new SocketTimeoutException("Read timed out");
            default -> null;
        };
    }

    private static Duration seconds(String text) {
        assertTrue(text.endsWith("s"), "durations in the table are written in seconds: " + text);
        return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
    }
}
