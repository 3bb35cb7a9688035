package io.github.camelgenesys.simulator;

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

    private record Flag(String allowed, String defaultValue, String description,
            BiConsumer<GenesysCloudSimulator.Builder, String> apply) {
    }

    private static final Map<String, Flag> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("--port", new Flag("integer 0..65535", "8080", "port to listen on; 0 = any free port",
                (b, v) -> b.port(Integer.parseInt(v))));
        FLAGS.put("--conversations", new Flag("integer >= 0", "10000", "historical conversations",
                (b, v) -> b.conversations(Long.parseLong(v))));
        FLAGS.put("--seed", new Flag("integer", "42", "seed of the generated data", (b, v) -> b.seed(Long.parseLong(v))));
        FLAGS.put("--days", new Flag("integer >= 1", "30", "length of the history, ending now",
                (b, v) -> b.days(Integer.parseInt(v))));
        FLAGS.put("--rate-limit-per-minute", new Flag("integer >= 0", "300", "requests per minute per token; 0 = unlimited",
                (b, v) -> b.rateLimitPerMinute(Integer.parseInt(v))));
        FLAGS.put("--token-ttl", new Flag("integer seconds >= 1", "86400", "access token lifetime",
                (b, v) -> b.tokenTtl(Duration.ofSeconds(Long.parseLong(v)))));
        FLAGS.put("--fault-rate", new Flag("decimal 0..1", "0", "probability of a random 503 or connection reset",
                (b, v) -> b.faultRate(Double.parseDouble(v))));
        FLAGS.put("--job-delay", new Flag("integer milliseconds >= 0", "500", "duration of each job step",
                (b, v) -> b.jobDelay(Duration.ofMillis(Long.parseLong(v)))));
        FLAGS.put("--data-lag", new Flag("integer seconds >= 0", "600", "details-job data availability = now - lag",
                (b, v) -> b.dataLag(Duration.ofSeconds(Long.parseLong(v)))));
        FLAGS.put("--details-query-max-page-size", new Flag("integer >= 1", "100", "maximum details-query pageSize",
                (b, v) -> b.detailsQueryMaxPageSize(Integer.parseInt(v))));
        FLAGS.put("--job-results-max-page-size", new Flag("integer >= 1", "1000", "maximum details-job results pageSize",
                (b, v) -> b.jobResultsMaxPageSize(Integer.parseInt(v))));
        FLAGS.put("--queues", new Flag("integer >= 1", "50", "routing queues", (b, v) -> b.queues(Integer.parseInt(v))));
        FLAGS.put("--live-rate-per-minute", new Flag("integer >= 0", "60", "live conversations started per minute",
                (b, v) -> b.liveRatePerMinute(Integer.parseInt(v))));
        FLAGS.put("--max-concurrent-recording-jobs", new Flag("integer >= 1", "2",
                "recording jobs allowed in PENDING or PROCESSING", (b, v) -> b.maxConcurrentRecordingJobs(Integer.parseInt(v))));
        FLAGS.put("--recording-job-limit-status", new Flag("integer 400..499", "400",
                "HTTP status for a recording job over the limit", (b, v) -> b.recordingJobLimitStatus(Integer.parseInt(v))));
    }

    private CliOptions() {
    }

    /** Null when --help was asked. */
    static GenesysCloudSimulator.Builder parse(String[] args) throws CliException {
        GenesysCloudSimulator.Builder builder = GenesysCloudSimulator.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                return null;
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
            if (flag == null) {
                throw new CliException("Unknown flag '" + name + "'. Allowed flags: " + String.join(", ", FLAGS.keySet())
                        + ", --help");
            }
            if (value == null) {
                throw new CliException("Flag " + name + " needs a value: " + flag.allowed());
            }
            try {
                flag.apply().accept(builder, value);
            } catch (NumberFormatException e) {
                throw new CliException("Flag " + name + ": '" + value + "' is not valid; allowed: " + flag.allowed());
            }
        }
        return builder;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("Usage: java -jar genesys-simulator.jar [flags]\n\nFlags:\n");
        FLAGS.forEach((name, f) -> sb.append(String.format("  %-32s %s (%s; default %s)%n", name + " <value>",
                f.description(), f.allowed(), f.defaultValue())));
        sb.append(String.format("  %-32s %s%n", "--help", "print this help"));
        return sb.toString();
    }
}
