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
package io.github.camelgenesys.benchmarks;

import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks against in-process simulators and writes CSV, SVG and summary.md to the output folder.
 * Flags (all optional): {@code --out DIR} (default docs/benchmarks), {@code --only budget,throughput,archive,live,jmh},
 * {@code --budget-seconds 60}, {@code --budget-limit 600}, {@code --model-seconds 90}, {@code --model-limit 300},
 * {@code --shared-seconds 60}, {@code --shared-instances 3}, {@code --sizes 10000,100000,1000000},
 * {@code --peer-sizes 10000,100000,1000000}, {@code --repeat 1} (runs of each throughput case, ours and the SDK's
 * alternating), {@code --archive-ids 10000}, {@code --archive-job-delay 200ms},
 * {@code --live-delay 500ms}, {@code --heap 512m} (heap of each forked throughput run), {@code --backfill-days 30},
 * {@code --backfill-conversations 200000}, {@code --backfill-job-delay 30s}, {@code --backfill-limit 300},
 * {@code --backfill-concurrency 1,2,32}.
 */
public final class BenchmarkMain {

    private static final Set<String> SECTIONS =
            Set.of("budget", "models", "shared", "throughput", "archive", "live", "jmh", "backfill");
    /** Run without --only: every section but backfill (about 35 minutes at its full size; ask for it by name). */
    private static final String DEFAULT_SECTIONS = "budget,models,shared,throughput,archive,live,jmh";

    private static final String OURS = "#2b6cb0";
    private static final String THEIRS = "#c05621";

    private final Map<String, String> flags = new LinkedHashMap<>();
    private final Path out;
    private final StringBuilder summary = new StringBuilder();

    private BenchmarkMain(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("flags are --name value pairs; unexpected: " + args[i]);
            }
            flags.put(args[i].substring(2), args[++i]);
        }
        Set<String> known = Set.of(
                "out",
                "only",
                "budget-seconds",
                "budget-limit",
                "sizes",
                "peer-sizes",
                "archive-ids",
                "archive-job-delay",
                "live-delay",
                "heap",
                "model-seconds",
                "model-limit",
                "shared-seconds",
                "shared-instances",
                "repeat",
                "backfill-days",
                "backfill-conversations",
                "backfill-job-delay",
                "backfill-limit",
                "backfill-concurrency");
        flags.keySet().stream().filter(f -> !known.contains(f)).findFirst().ifPresent(f -> {
            throw new IllegalArgumentException("unknown flag --" + f + "; allowed: " + known);
        });
        out = Path.of(flags.getOrDefault("out", "docs/benchmarks"));
    }

    public static void main(String[] args) throws Exception {
        // under mvn exec:java the project's classpath is the context class loader's, not java.class.path; the forked
        // JVMs (throughput runs, JMH) need it
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            System.setProperty(
                    "java.class.path",
                    Arrays.stream(loader.getURLs())
                            .map(BenchmarkMain::toPath)
                            .collect(Collectors.joining(java.io.File.pathSeparator)));
        }
        new BenchmarkMain(args).run();
        System.exit(0);
    }

    private Set<String> sections() {
        Set<String> only = Arrays.stream(
                        flags.getOrDefault("only", DEFAULT_SECTIONS).split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        only.stream().filter(s -> !SECTIONS.contains(s)).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("--only: unknown section " + s + "; allowed: " + SECTIONS);
        });
        return only;
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        Set<String> sections = sections();
        Map<String, String> machine = Machine.describe();
        summary.append("# Benchmark results\n\n| machine | |\n|---|---|\n");
        machine.forEach(
                (k, v) -> summary.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        if (sections.contains("budget")) {
            budget();
        }
        if (sections.contains("models") || sections.contains("shared")) {
            budgetModels(sections);
        }
        if (sections.contains("throughput")) {
            throughput();
        }
        if (sections.contains("archive")) {
            archive();
        }
        if (sections.contains("live")) {
            live();
        }
        if (sections.contains("backfill")) {
            backfill();
        }
        if (sections.contains("jmh")) {
            jmh();
        }
        machine.put("loadAverageAtEnd", Machine.loadAverage());
        summary.append("\nLoad average at the end: ")
                .append(machine.get("loadAverageAtEnd"))
                .append('\n');
        writeCsv(
                "machine.csv",
                List.of("key", "value"),
                machine.entrySet().stream()
                        .map(e -> List.<Object>of(e.getKey(), e.getValue()))
                        .collect(Collectors.toList()));
        Files.writeString(out.resolve("summary.md"), summary);
        System.out.println(summary);
    }

    private void budget() throws Exception {
        int seconds = Integer.parseInt(flags.getOrDefault("budget-seconds", "60"));
        int limit = Integer.parseInt(flags.getOrDefault("budget-limit", "600"));
        List<BudgetBenchmark.Row> rows = new ArrayList<>();
        for (String pipeline : List.of("search", "analytics", "messaging")) {
            log("budget: " + pipeline + " at " + limit + "/min for " + seconds + " s");
            rows.add(BudgetBenchmark.run(pipeline, limit, seconds));
        }
        writeCsv(
                "budget.csv",
                List.of(
                        "pipeline",
                        "limitPerMinute",
                        "seconds",
                        "requestsUsed",
                        "requestsAllowed",
                        "usePercent",
                        "answered429",
                        "share429Percent",
                        "delivered"),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.pipeline(),
                                r.limitPerMinute(),
                                r.seconds(),
                                r.used(),
                                r.allowed(),
                                fmt(r.usePercent()),
                                r.rateLimited(),
                                fmt(r.share429Percent()),
                                r.delivered()))
                        .collect(Collectors.toList()));
        summary.append("\n## Budget use (goal: use ≥ 97 %, 429 ≤ 0.5 %)\n\n| pipeline | limit/min | s | used | allowed "
                + "| use % | 429 | 429 % | delivered |\n|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> summary.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %.1f | %d | %.2f | %d |%n",
                r.pipeline(),
                r.limitPerMinute(),
                r.seconds(),
                r.used(),
                r.allowed(),
                r.usePercent(),
                r.rateLimited(),
                r.share429Percent(),
                r.delivered())));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        rows.forEach(r -> bars.add(new SvgBarChart.Bar(r.pipeline() + ": budget used", r.usePercent(), OURS)));
        rows.forEach(r -> bars.add(new SvgBarChart.Bar(r.pipeline() + ": answered 429", r.share429Percent(), THEIRS)));
        SvgBarChart.write(
                out.resolve("budget.svg"), "Budget use at " + limit + " requests/min (" + seconds + " s)", "%", bars);
    }

    /** Requests served vs the most each simulator limiter model allows; and N instances sharing one client. */
    private void budgetModels(Set<String> sections) throws Exception {
        int limit = Integer.parseInt(flags.getOrDefault("model-limit", "300"));
        List<BudgetBenchmark.ModelRow> rows = new ArrayList<>();
        if (sections.contains("models")) {
            int seconds = Integer.parseInt(flags.getOrDefault("model-seconds", "90"));
            for (RateLimiter.Model model : RateLimiter.Model.values()) {
                log("models: client loop at " + limit + "/min for " + seconds + " s, " + model.flag());
                rows.add(BudgetBenchmark.runModel(model, 1, limit, seconds));
            }
        }
        if (sections.contains("shared")) {
            int seconds = Integer.parseInt(flags.getOrDefault("shared-seconds", "60"));
            int instances = Integer.parseInt(flags.getOrDefault("shared-instances", "3"));
            for (RateLimiter.Model model : RateLimiter.Model.values()) {
                log("shared: " + instances + " instances at " + limit + "/min for " + seconds + " s, " + model.flag());
                rows.add(BudgetBenchmark.runModel(model, instances, limit, seconds));
            }
        }
        writeCsv(
                "budget-models.csv",
                List.of(
                        "model",
                        "instances",
                        "limitPerMinute",
                        "seconds",
                        "served",
                        "mostAllowed",
                        "usePercent",
                        "answered429",
                        "share429Percent",
                        "delivered"),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.model(),
                                r.instances(),
                                r.limitPerMinute(),
                                r.seconds(),
                                r.served(),
                                r.mostAllowed(),
                                fmt(r.usePercent()),
                                r.rateLimited(),
                                fmt(r.share429Percent()),
                                r.delivered()))
                        .collect(Collectors.toList()));
        summary.append("\n## Budget use per limiter model (goal: served ≥ 97 % of the most the model allows; shared:"
                + " ≥ 90 %; 429 ≤ 0.5 %)\n\n| model | instances | limit/min | s | served | most allowed | use % | 429 "
                + "| 429 % |\n|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> summary.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %.1f | %d | %.2f |%n",
                r.model(),
                r.instances(),
                r.limitPerMinute(),
                r.seconds(),
                r.served(),
                r.mostAllowed(),
                r.usePercent(),
                r.rateLimited(),
                r.share429Percent())));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        rows.forEach(r -> bars.add(new SvgBarChart.Bar(
                r.model() + " x" + r.instances() + ": served / most allowed", r.usePercent(), OURS)));
        rows.forEach(r -> bars.add(
                new SvgBarChart.Bar(r.model() + " x" + r.instances() + ": answered 429", r.share429Percent(), THEIRS)));
        SvgBarChart.write(
                out.resolve("budget-models.svg"),
                "Budget use per limiter model at " + limit + " requests/min",
                "%",
                bars);
    }

    private void throughput() throws Exception {
        List<Long> sizes = longs(flags.getOrDefault("sizes", "10000,100000,1000000"));
        List<Long> peerSizes = longs(flags.getOrDefault("peer-sizes", "10000,100000,1000000"));
        int repeat = Integer.parseInt(flags.getOrDefault("repeat", "1"));
        List<String[]> rows = new ArrayList<>();
        for (String pipeline : List.of("analytics", "search")) {
            for (long size : sizes) {
                // ours and the SDK's alternate, so that a change in the machine's load weighs on both
                for (int run = 0; run < repeat; run++) {
                    rows.add(fork("ours-" + pipeline, size));
                    if (peerSizes.contains(size)) {
                        rows.add(fork("sdk-" + pipeline, size));
                    }
                }
            }
        }
        writeCsv(
                "throughput.csv",
                List.of(
                        "kind",
                        "conversations",
                        "delivered",
                        "expected",
                        "seconds",
                        "perSecond",
                        "peakHeapMb",
                        "peakHeapAfterGcMb",
                        "rssHwmMb",
                        "apiRequests",
                        "cpuSeconds",
                        "cpuMicrosPerConversation"),
                rows.stream()
                        .map(r -> Arrays.<Object>asList((Object[]) Arrays.copyOfRange(r, 1, r.length)))
                        .collect(Collectors.toList()));
        summary.append("\n## Unthrottled throughput (each extraction in its own JVM, -Xmx")
                .append(flags.getOrDefault("heap", "512m"))
                .append(", against a simulator in another JVM; CPU and memory are the client's)\n\n"
                        + "| extraction | conversations | delivered | s | conversations/s | peak heap MB "
                        + "| peak heap after GC MB | RSS HWM MB | API requests | client CPU s | CPU µs/conversation |\n"
                        + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> summary.append("| ")
                .append(String.join(" | ", r[1], r[2], r[3], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]))
                .append(" |\n"));
        summary.append("\n| ours / SDK (mean of the runs) | conversations | conversations/s | CPU per conversation |\n"
                + "|---|---|---|---|\n");
        List<SvgBarChart.Bar> speed = new ArrayList<>();
        List<SvgBarChart.Bar> memory = new ArrayList<>();
        for (String[] r : rows) {
            String label = r[1] + " " + r[2];
            boolean ours = r[1].startsWith("ours");
            speed.add(new SvgBarChart.Bar(label, Double.parseDouble(r[6]), ours ? OURS : THEIRS));
            memory.add(new SvgBarChart.Bar(label, Double.parseDouble(r[8]), ours ? OURS : THEIRS));
        }
        for (String pipeline : List.of("analytics", "search")) {
            for (long size : sizes) {
                double oursSpeed = mean(rows, "ours-" + pipeline, size, 6);
                double sdkSpeed = mean(rows, "sdk-" + pipeline, size, 6);
                if (!Double.isNaN(sdkSpeed)) {
                    summary.append(String.format(
                            Locale.ROOT,
                            "| %s | %d | %.2f | %.2f |%n",
                            pipeline,
                            size,
                            oursSpeed / sdkSpeed,
                            mean(rows, "ours-" + pipeline, size, 12) / mean(rows, "sdk-" + pipeline, size, 12)));
                }
            }
        }
        SvgBarChart.write(
                out.resolve("throughput.svg"), "Unthrottled extraction: conversations per second", "conv/s", speed);
        SvgBarChart.write(out.resolve("memory.svg"), "Peak heap after GC (live set) per extraction", "MB", memory);
    }

    /** The mean of one column over the rows of one kind and size, NaN when there is none. */
    private static double mean(List<String[]> rows, String kind, long size, int column) {
        return rows.stream()
                .filter(r -> r[1].equals(kind) && r[2].equals(String.valueOf(size)))
                .mapToDouble(r -> Double.parseDouble(r[column]))
                .average()
                .orElse(Double.NaN);
    }

    /**
     * Runs one ThroughputCase in a new JVM against a ThroughputServer in another and returns its RESULT line split on
     * commas.
     */
    private String[] fork(String kind, long size) throws IOException, InterruptedException {
        log("throughput: " + kind + " " + size);
        Path serverLog = Files.createTempFile("throughput-server-" + size, ".log");
        Process server = java("2g", serverLog, ThroughputServer.class.getName(), String.valueOf(size));
        try {
            String org = firstLine(server, "ORG,", false);
            if (org == null) {
                throw new IllegalStateException(
                        "the simulator of " + kind + " " + size + " did not start; its log: " + serverLog);
            }
            List<String> arguments =
                    new ArrayList<>(List.of(ThroughputCase.class.getName(), kind, String.valueOf(size)));
            arguments.addAll(Arrays.asList(org.split(",")).subList(1, org.split(",").length));
            Path log = Files.createTempFile("throughput-" + kind + "-" + size, ".log");
            Process extraction = java(flags.getOrDefault("heap", "512m"), log, arguments.toArray(String[]::new));
            String result = firstLine(extraction, "RESULT,", true);
            extraction.waitFor();
            if (result == null) {
                throw new IllegalStateException(kind + " " + size + " produced no result; its log: " + log);
            }
            log("  " + result);
            return result.split(",");
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Process java(String heap, Path log, String... mainAndArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(Arrays.asList(mainAndArguments));
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    /**
     * The first line of the process's output starting with the prefix, or null. With {@code readToEnd} the rest of the
     * output is read too (the process ends by itself); otherwise reading stops at that line (a server keeps running).
     */
    private static String firstLine(Process process, String prefix, boolean readToEnd) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()));
        String found = null;
        for (String line; (line = reader.readLine()) != null; ) {
            if (found == null && line.startsWith(prefix)) {
                found = line;
                if (!readToEnd) {
                    return found;
                }
            }
        }
        return found;
    }

    private void archive() throws Exception {
        int ids = Integer.parseInt(flags.getOrDefault("archive-ids", "10000"));
        Duration jobDelay = duration(flags.getOrDefault("archive-job-delay", "200ms"));
        log("archive: " + ids + " ids, job delay " + jobDelay.toMillis() + " ms");
        ArchiveBenchmark.Row r = ArchiveBenchmark.run(ids, jobDelay);
        writeCsv(
                "archive.csv",
                List.of(
                        "ids",
                        "jobDelayMs",
                        "seconds",
                        "conversationsPerSecond",
                        "slotOccupancyPercent",
                        "recordingsArchived",
                        "archivedTwice",
                        "peakConcurrentJobs",
                        "requestsPerJob",
                        "statusPollsPerJob"),
                List.of(List.of(
                        r.ids(),
                        r.jobDelayMs(),
                        fmt(r.seconds()),
                        fmt(r.conversationsPerSecond()),
                        fmt(r.slotOccupancyPercent()),
                        r.recordingsArchived(),
                        r.archivedTwice(),
                        r.peakConcurrentJobs(),
                        fmt(r.requestsPerJob()),
                        fmt(r.statusPollsPerJob()))));
        summary.append(String.format(
                Locale.ROOT,
                "%n## Archive (goal: slot occupancy ≥ 95 %%)%n%n| ids | job delay ms "
                        + "| s | conversations/s | slot occupancy %% | recordings archived | archived twice | peak jobs "
                        + "| requests per job | status polls per job |%n"
                        + "|---|---|---|---|---|---|---|---|---|---|%n"
                        + "| %d | %d | %.1f | %.1f | %.1f | %d | %d | %d | %.1f | %.1f |%n",
                r.ids(),
                r.jobDelayMs(),
                r.seconds(),
                r.conversationsPerSecond(),
                r.slotOccupancyPercent(),
                r.recordingsArchived(),
                r.archivedTwice(),
                r.peakConcurrentJobs(),
                r.requestsPerJob(),
                r.statusPollsPerJob()));
    }

    /** A details-job backfill with a long job delay, per maxConcurrentDetailsJobs, against its budget-bound minimum. */
    private void backfill() throws Exception {
        int days = Integer.parseInt(flags.getOrDefault("backfill-days", "30"));
        long conversations = Long.parseLong(flags.getOrDefault("backfill-conversations", "200000"));
        Duration jobDelay = duration(flags.getOrDefault("backfill-job-delay", "30s"));
        int limit = Integer.parseInt(flags.getOrDefault("backfill-limit", "300"));
        List<BackfillBenchmark.Row> rows = new ArrayList<>();
        for (String n : flags.getOrDefault("backfill-concurrency", "1,2,32").split(",")) {
            int concurrency = Integer.parseInt(n.trim());
            log("backfill: " + days + " days, " + conversations + " conversations, job delay " + jobDelay.toSeconds()
                    + " s, " + limit + "/min, maxConcurrentDetailsJobs=" + concurrency);
            BackfillBenchmark.Row r = BackfillBenchmark.run(days, conversations, jobDelay, limit, concurrency);
            log("  " + fmt(r.seconds()) + " s, minimum " + fmt(r.minimumSeconds()) + " s, ratio " + fmt(r.ratio()));
            rows.add(r);
        }
        writeCsv(
                "backfill.csv",
                List.of(
                        "maxConcurrentDetailsJobs",
                        "days",
                        "conversations",
                        "delivered",
                        "jobDelaySeconds",
                        "limitPerMinute",
                        "jobs",
                        "pages",
                        "statusPolls",
                        "requests",
                        "requestsNeeded",
                        "answered429",
                        "seconds",
                        "minimumSeconds",
                        "ratio"),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.maxConcurrentDetailsJobs(),
                                r.days(),
                                r.conversations(),
                                r.delivered(),
                                r.jobDelay().toSeconds(),
                                r.limitPerMinute(),
                                r.jobs(),
                                r.pages(),
                                r.statusPolls(),
                                r.requests(),
                                r.requestsNeeded(),
                                r.rateLimited(),
                                fmt(r.seconds()),
                                fmt(r.minimumSeconds()),
                                fmt(r.ratio())))
                        .collect(Collectors.toList()));
        summary.append(String.format(
                Locale.ROOT,
                "%n## Backfill (details jobs, 1-day windows; goal: wall time ≤ 1.2 × requests needed / allowed rate"
                        + " + one job's delay)%n%n| maxConcurrentDetailsJobs | days | conversations | delivered"
                        + " | job delay s | limit/min | jobs | requests (needed) | status polls | 429 | s | minimum s"
                        + " | ratio |%n|---|---|---|---|---|---|---|---|---|---|---|---|---|%n"));
        rows.forEach(r -> summary.append(String.format(
                Locale.ROOT,
                "| %d | %d | %d | %d | %d | %d | %d | %d (%d) | %d | %d | %.1f | %.1f | %.2f |%n",
                r.maxConcurrentDetailsJobs(),
                r.days(),
                r.conversations(),
                r.delivered(),
                r.jobDelay().toSeconds(),
                r.limitPerMinute(),
                r.jobs(),
                r.requests(),
                r.requestsNeeded(),
                r.statusPolls(),
                r.rateLimited(),
                r.seconds(),
                r.minimumSeconds(),
                r.ratio())));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        rows.forEach(r -> bars.add(new SvgBarChart.Bar(
                "maxConcurrentDetailsJobs=" + r.maxConcurrentDetailsJobs(),
                r.ratio(),
                r.maxConcurrentDetailsJobs() == 1 ? THEIRS : OURS)));
        SvgBarChart.write(
                out.resolve("backfill.svg"),
                "Backfill wall time / budget-bound minimum (" + days + " days, " + conversations + " conversations, "
                        + jobDelay.toSeconds() + " s job delay, " + limit + "/min; goal ≤ 1.2)",
                "×",
                bars);
    }

    private void live() throws Exception {
        Duration delay = duration(flags.getOrDefault("live-delay", "500ms"));
        log("live: poll delay " + delay.toMillis() + " ms");
        LiveBenchmark.Row r = LiveBenchmark.run(delay, 20);
        writeCsv(
                "live.csv",
                List.of("pollDelayMs", "samples", "p50Ms", "p95Ms", "maxMs"),
                List.of(List.of(r.pollDelayMs(), r.samples(), fmt(r.p50Ms()), fmt(r.p95Ms()), fmt(r.maxMs()))));
        summary.append(String.format(
                Locale.ROOT,
                "%n## Live (change in the simulator → event in the route)%n%n"
                        + "| poll delay ms | samples | p50 ms | p95 ms | max ms |%n|---|---|---|---|---|%n"
                        + "| %d | %d | %.0f | %.0f | %.0f |%n",
                r.pollDelayMs(),
                r.samples(),
                r.p50Ms(),
                r.p95Ms(),
                r.maxMs()));
    }

    private void jmh() throws Exception {
        log("jmh: PageParsingBenchmark");
        Path csv = out.resolve("jmh.csv");
        new Runner(new OptionsBuilder()
                        .include(PageParsingBenchmark.class.getSimpleName())
                        .warmupIterations(2)
                        .warmupTime(TimeValue.seconds(1))
                        .measurementIterations(3)
                        .measurementTime(TimeValue.seconds(1))
                        .forks(1)
                        .jvmArgs("-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                        .resultFormat(ResultFormatType.CSV)
                        .result(csv.toString())
                        .build())
                .run();
        summary.append("\n## JMH (PageParsingBenchmark, 1 fork, 2×1 s warm-up, 3×1 s measured; ms/op)\n\n```\n")
                .append(Files.readString(csv))
                .append("```\n");
    }

    private void writeCsv(String name, List<String> header, List<List<Object>> rows) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (List<Object> row : rows) {
            csv.append(row.stream()
                            .map(String::valueOf)
                            .map(v -> v.contains(",") ? "\"" + v + "\"" : v)
                            .collect(Collectors.joining(",")))
                    .append('\n');
        }
        Files.writeString(out.resolve(name), csv);
    }

    private static String toPath(java.net.URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> longs(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Long::parseLong)
                .collect(Collectors.toList());
    }

    private static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.parse(text);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void log(String message) {
        System.out.println("[bench] " + java.time.LocalTime.now().withNano(0) + " " + message);
    }
}
