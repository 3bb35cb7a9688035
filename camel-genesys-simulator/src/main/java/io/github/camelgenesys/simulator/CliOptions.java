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
package io.github.camelgenesys.simulator;

import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Parses the command line flags into a builder; a bad flag or value is a {@link CliException} naming it. */
final class CliOptions {

    /** A usage error: message for the user, exit code 2. */
    static final class CliException extends Exception {
        CliException(String message) {
            super(message);
        }
    }

    private record Flag(
            String allowed,
            String defaultValue,
            String description,
            BiConsumer<GenesysCloudSimulator.Builder, String> apply) {}

    private static final Map<String, Flag> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put(
                "--port",
                new Flag(
                        "integer 0..65535",
                        "8080",
                        "port to listen on; 0 = any free port",
                        (b, v) -> b.port(Integer.parseInt(v))));
        FLAGS.put(
                "--conversations",
                new Flag(
                        "integer >= 0",
                        "10000",
                        "historical conversations",
                        (b, v) -> b.conversations(Long.parseLong(v))));
        FLAGS.put(
                "--seed", new Flag("integer", "42", "seed of the generated data", (b, v) -> b.seed(Long.parseLong(v))));
        FLAGS.put(
                "--days",
                new Flag(
                        "integer >= 1",
                        "30",
                        "length of the history, ending now",
                        (b, v) -> b.days(Integer.parseInt(v))));
        FLAGS.put(
                "--rate-limit-per-minute",
                new Flag(
                        "integer >= 0",
                        "300",
                        "requests per rate-limit window (1 minute unless --rate-limit-window); 0 = unlimited",
                        (b, v) -> b.rateLimitPerMinute(Integer.parseInt(v))));
        FLAGS.put(
                "--rate-limit-model",
                new Flag(
                        "fixed-window, sliding-window or token-bucket",
                        "fixed-window",
                        "how the rate limit counts",
                        (b, v) -> b.rateLimitModel(RateLimiter.Model.parse(v))));
        FLAGS.put(
                "--rate-limit-scope",
                new Flag(
                        "client or token",
                        "client",
                        "one count per OAuth client (all its tokens) or per access token",
                        (b, v) -> b.rateLimitScope(RateLimiter.Scope.parse(v))));
        FLAGS.put(
                "--rate-limit-window",
                new Flag(
                        "integer milliseconds >= 100",
                        "60000",
                        "length of the rate-limit window",
                        (b, v) -> b.rateLimitWindow(Duration.ofMillis(Long.parseLong(v)))));
        FLAGS.put(
                "--token-ttl",
                new Flag(
                        "integer seconds >= 1",
                        "86400",
                        "access token lifetime",
                        (b, v) -> b.tokenTtl(Duration.ofSeconds(Long.parseLong(v)))));
        FLAGS.put(
                "--fault-rate",
                new Flag(
                        "decimal 0..1",
                        "0",
                        "probability of a random 503 or connection reset",
                        (b, v) -> b.faultRate(Double.parseDouble(v))));
        FLAGS.put(
                "--job-delay",
                new Flag(
                        "integer milliseconds >= 0",
                        "500",
                        "duration of each job step",
                        (b, v) -> b.jobDelay(Duration.ofMillis(Long.parseLong(v)))));
        FLAGS.put(
                "--data-lag",
                new Flag(
                        "integer seconds >= 0",
                        "600",
                        "details-job data availability = now - lag",
                        (b, v) -> b.dataLag(Duration.ofSeconds(Long.parseLong(v)))));
        FLAGS.put(
                "--details-query-max-page-size",
                new Flag(
                        "integer >= 1",
                        "100",
                        "maximum details-query pageSize",
                        (b, v) -> b.detailsQueryMaxPageSize(Integer.parseInt(v))));
        FLAGS.put(
                "--max-paged-results",
                new Flag(
                        "integer >= 1",
                        "100000",
                        "details query: a page past this many results (pageNumber * pageSize) is a 400",
                        (b, v) -> b.maxPagedResults(Long.parseLong(v))));
        FLAGS.put(
                "--max-interval-days-unfiltered",
                new Flag(
                        "integer >= 1",
                        "7",
                        "details query: longest interval in days without a filter",
                        (b, v) -> b.maxIntervalDaysUnfiltered(Integer.parseInt(v))));
        FLAGS.put(
                "--max-interval-days-filtered",
                new Flag(
                        "integer >= 1",
                        "31",
                        "details query: longest interval in days with a filter",
                        (b, v) -> b.maxIntervalDaysFiltered(Integer.parseInt(v))));
        FLAGS.put(
                "--job-results-max-page-size",
                new Flag(
                        "integer >= 1",
                        "1000",
                        "maximum details-job results pageSize",
                        (b, v) -> b.jobResultsMaxPageSize(Integer.parseInt(v))));
        FLAGS.put(
                "--max-concurrent-details-jobs",
                new Flag(
                        "integer >= 1",
                        "2",
                        "details jobs allowed in QUEUED or PENDING at once (one more: 429)",
                        (b, v) -> b.maxConcurrentDetailsJobs(Integer.parseInt(v))));
        FLAGS.put(
                "--queues", new Flag("integer >= 1", "50", "routing queues", (b, v) -> b.queues(Integer.parseInt(v))));
        FLAGS.put(
                "--live-rate-per-minute",
                new Flag(
                        "integer >= 0",
                        "60",
                        "live conversations started per minute",
                        (b, v) -> b.liveRatePerMinute(Integer.parseInt(v))));
        FLAGS.put(
                "--max-observation-predicates",
                new Flag(
                        "integer >= 1",
                        "200",
                        "most predicates in one queue observation query (more: 400)",
                        (b, v) -> b.maxObservationPredicates(Integer.parseInt(v))));
        FLAGS.put(
                "--max-concurrent-recording-jobs",
                new Flag(
                        "integer >= 1",
                        "2",
                        "recording jobs allowed in PENDING or PROCESSING",
                        (b, v) -> b.maxConcurrentRecordingJobs(Integer.parseInt(v))));
        FLAGS.put(
                "--recording-job-limit-status",
                new Flag(
                        "integer 400..499",
                        "400",
                        "HTTP status for a recording job over the limit",
                        (b, v) -> b.recordingJobLimitStatus(Integer.parseInt(v))));
        FLAGS.put(
                "--recording-inclusion-lag",
                new Flag(
                        "ISO-8601 duration >= 0 (e.g. PT48H, PT0S)",
                        "PT48H",
                        "recordings younger than this are not matched by recording bulk jobs",
                        (b, v) -> b.recordingInclusionLag(Duration.parse(v))));
    }

    /** A {@code --fault} rule: "METHOD PATH PROBABILITY KIND", KIND = an HTTP status, reset, malformed or delay=MILLIS. */
    record FaultSpec(String method, String path, double probability, String kind) {
        static final String FORMAT = "\"METHOD PATH PROBABILITY KIND\" where KIND is an HTTP status 400..599, reset,"
                + " malformed or delay=MILLIS, e.g. \"POST /api/v2/analytics/conversations/details/query 0.2 503\"";

        static FaultSpec parse(String text) throws CliException {
            String[] parts = text.trim().split("\\s+");
            if (parts.length != 4) {
                throw new CliException("Flag --fault: '" + text + "' is not valid; allowed: " + FORMAT);
            }
            try {
                double p = Double.parseDouble(parts[2]);
                if (p < 0 || p > 1) {
                    throw new CliException("Flag --fault: probability must be 0..1, got " + parts[2]);
                }
                String kind = parts[3];
                boolean ok = kind.equals("reset")
                        || kind.equals("malformed")
                        || kind.matches("delay=\\d+")
                        || kind.matches("[45]\\d\\d");
                if (!ok) {
                    throw new CliException("Flag --fault: kind '" + kind + "' is not valid; allowed: " + FORMAT);
                }
                return new FaultSpec(parts[0], parts[1], p, kind);
            } catch (NumberFormatException e) {
                throw new CliException(
                        "Flag --fault: probability '" + parts[2] + "' is not a number; allowed: " + FORMAT);
            }
        }

        void applyTo(FaultScript faults) {
            FaultScript.RuleBuilder rule = faults.withProbability(probability).on(method, path);
            if (kind.equals("reset")) {
                rule.connectionReset();
            } else if (kind.equals("malformed")) {
                rule.malformedBody();
            } else if (kind.startsWith("delay=")) {
                rule.delay(Duration.ofMillis(Long.parseLong(kind.substring(6))));
            } else {
                rule.status(Integer.parseInt(kind));
            }
        }
    }

    /** Parsed command line: the builder (null for --help) and the fault rules. */
    record Parsed(GenesysCloudSimulator.Builder builder, java.util.List<FaultSpec> faults) {}

    private CliOptions() {}

    /** The builder is null when --help was asked. */
    static Parsed parse(String[] args) throws CliException {
        GenesysCloudSimulator.Builder builder = GenesysCloudSimulator.builder().port(8080);
        java.util.List<FaultSpec> faults = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                return new Parsed(null, faults);
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                value = i + 1 < args.length ? args[++i] : null;
            }
            Flag flag = FLAGS.get(name);
            if (flag == null && !"--fault".equals(name)) {
                throw new CliException("Unknown flag '" + name + "'. Allowed flags: "
                        + String.join(", ", FLAGS.keySet()) + ", --fault, --help");
            }
            if ("--fault".equals(name)) {
                if (value == null) {
                    throw new CliException("Flag --fault needs a value: " + FaultSpec.FORMAT);
                }
                faults.add(FaultSpec.parse(value));
                continue;
            }
            if (value == null) {
                throw new CliException("Flag " + name + " needs a value: " + flag.allowed());
            }
            try {
                flag.apply().accept(builder, value);
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw new CliException("Flag " + name + ": '" + value + "' is not valid; allowed: " + flag.allowed());
            }
        }
        return new Parsed(builder, faults);
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("Usage: java -jar genesys-simulator.jar [flags]\n\nFlags:\n");
        FLAGS.forEach((name, f) -> sb.append(String.format(
                "  %-32s %s (%s; default %s)%n", name + " <value>", f.description(), f.allowed(), f.defaultValue())));
        sb.append(String.format(
                "  %-32s %s%n", "--fault <rule>", "a fault by probability, repeatable: " + FaultSpec.FORMAT));
        sb.append(String.format("  %-32s %s%n", "--help", "print this help"));
        return sb.toString();
    }
}
