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

import io.github.camelgenesys.GenesysComponent;
import io.github.camelgenesys.client.ClientMetrics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.MainSupport;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The demo: starts the pipelines one after another (so each one's requests and 429s can be told apart), prints
 * progress while each works and a summary at the end, then ends the application, or keeps every pipeline running
 * on its schedule when {@code genesys.demo.keepRunning=true}.
 */
final class DemoRunner extends MainListenerSupport {
    static final String DEFAULT_PIPELINES =
            "analytics-export,queue-report,messaging-sync,archive-pipeline,live-monitor";
    /** {@code genesys.demo.pipelines} value meaning every loaded route, in load order (the runner's --once). */
    static final String ALL_ROUTES = "*";

    private final PipelineMonitor monitor;
    private final Supplier<List<String>> footer;
    private final PrintStream out;
    private final String label;
    private volatile List<String> pipelines = List.of();
    private volatile List<PipelineSummary> summaries = List.of();
    private volatile int exitCode = -1;

    /** @param label what the summary calls this run: "demo", or "run" for the runner's --once */
    DemoRunner(PipelineMonitor monitor, Supplier<List<String>> footer, PrintStream out, String label) {
        this.monitor = monitor;
        this.footer = footer;
        this.out = out;
        this.label = label;
    }

    /** 0 when every pipeline finished without errors (and polled without failure), 1 otherwise, -1 while running. */
    int exitCode() {
        return exitCode;
    }

    List<PipelineSummary> summaries() {
        return summaries;
    }

    /** Routes that are not demo pipelines are not started by the demo, so they are not created either. */
    @Override
    public void afterConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        List<String> loaded = model.getRouteDefinitions().stream()
                .map(RouteDefinition::getRouteId)
                .toList();
        List<String> named = pipelines(context.getPropertiesComponent());
        pipelines = named.equals(List.of(ALL_ROUTES)) ? loaded : named;
        if (pipelines.isEmpty()) {
            throw new IllegalArgumentException(
                    "no route was loaded: check camel.main.routes-include-pattern / --routes");
        }
        for (String id : pipelines) {
            if (!loaded.contains(id)) {
                throw new IllegalArgumentException("genesys.demo.pipelines names route '" + id
                        + "' but no loaded route has that id; loaded routes: " + loaded);
            }
        }
        for (RouteDefinition route : List.copyOf(model.getRouteDefinitions())) {
            if (!pipelines.contains(route.getRouteId())) {
                try {
                    model.removeRouteDefinition(route);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot leave route " + route.getRouteId() + " out of the demo", e);
                }
            }
        }
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        Thread thread = new Thread(() -> runDemo((MainSupport) main), "genesys-demo");
        thread.setDaemon(true);
        thread.start();
    }

    private void runDemo(MainSupport main) {
        CamelContext context = main.getCamelContext();
        PropertiesComponent pc = context.getPropertiesComponent();
        boolean keepRunning = Boolean.parseBoolean(property(pc, "genesys.demo.keepRunning", "false"));
        List<PipelineSummary> rows = new ArrayList<>();
        try {
            out.println("pipelines: " + String.join(", ", pipelines));
            for (String id : pipelines) {
                rows.add(runPipeline(context, pc, id));
            }
            summaries = List.copyOf(rows);
            out.println();
            out.println("=== camel-genesys " + label + " summary ===");
            out.print(PipelineSummary.table(rows));
            footer.get().forEach(line -> out.println(line));
            exitCode = rows.stream().allMatch(PipelineSummary::ok) ? 0 : 1;
            if (keepRunning) {
                out.println("genesys.demo.keepRunning=true: the pipelines now run on their schedules; Ctrl+C to stop.");
                for (String id : pipelines) {
                    startWithKamelets(context, id);
                }
                return;
            }
        } catch (Exception e) {
            out.println(label + " failed: " + e.getMessage());
            summaries = List.copyOf(rows);
            exitCode = 1;
        }
        main.completed();
    }

    private PipelineSummary runPipeline(CamelContext context, PropertiesComponent pc, String id) throws Exception {
        DoneRule rule = DoneRule.parse("genesys.demo.until." + id, property(pc, "genesys.demo.until." + id, "polls:1"));
        Duration timeout =
                Duration.ofSeconds(Long.parseLong(property(pc, "genesys.demo.pipelineTimeoutSeconds", "120")));
        long progressEvery = Long.parseLong(property(pc, "genesys.demo.progressMillis", "2000"));
        PipelineMonitor.Counters counters = monitor.counters(id);
        long records0 = counters.records();
        long failed0 = counters.failed();
        long[] api0 = apiCounters(context);
        long start = System.nanoTime();
        long pollErrors0 = counters.pollErrors();
        out.printf("--> %s: started (finishes after %s)%n", id, rule);
        String status = "ok";
        String error = null;
        try {
            startWithKamelets(context, id);
        } catch (Exception e) {
            status = "FAILED";
            error = "route did not start: " + PipelineMonitor.describe(e);
        }
        long lastProgress = start;
        while (error == null) {
            // a failed poll (401, connection refused, ...) is a failure, never a poll that counts towards done
            if (counters.pollErrors() > pollErrors0) {
                status = "FAILED";
                error = "poll failed: " + counters.lastError();
                break;
            }
            if (rule.isDone(counters)) {
                break;
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                status = "TIMEOUT";
                error = "not finished after " + timeout.toSeconds() + "s (genesys.demo.pipelineTimeoutSeconds)";
                break;
            }
            Thread.sleep(100);
            if (System.nanoTime() - lastProgress >= progressEvery * 1_000_000L) {
                lastProgress = System.nanoTime();
                long[] api = apiCounters(context);
                out.printf(
                        "    %s: %d records, %d requests, %d polls, %s%n",
                        id,
                        counters.records() - records0,
                        api[0] - api0[0],
                        counters.polls(),
                        PipelineSummary.seconds(elapsed(start)));
            }
        }
        // a graceful stop also completes what is still batched (aggregator forceCompletionOnStop)
        stopWithKamelets(context, id);
        if (error == null && counters.pollErrors() > pollErrors0) {
            status = "FAILED";
            error = "poll failed: " + counters.lastError();
        }
        long failed = counters.failed() - failed0;
        if (failed > 0 && error == null) {
            status = "ERRORS";
            error = counters.lastError();
        }
        long[] api = apiCounters(context);
        PipelineSummary row = new PipelineSummary(
                id,
                status,
                counters.records() - records0,
                failed,
                api[0] - api0[0],
                api[1] - api0[1],
                elapsed(start),
                error);
        out.printf(
                "<-- %s: %s, %d records, %d requests, %d x 429, %s%n",
                id, status, row.records(), row.requests(), row.rateLimited(), PipelineSummary.seconds(row.duration()));
        return row;
    }

    /**
     * Starts a route and the routes its Kamelets created (with camel.main.auto-startup=false they stay stopped, and
     * a Kamelet source would never poll): sinks first, then the route, then its source.
     */
    private static void startWithKamelets(CamelContext context, String id) throws Exception {
        String source = KameletRoutes.sourceOf(context, id);
        for (String kamelet : KameletRoutes.toStartWith(context, id)) {
            if (!kamelet.equals(source)) {
                context.getRouteController().startRoute(kamelet);
            }
        }
        context.getRouteController().startRoute(id);
        if (source != null) {
            context.getRouteController().startRoute(source);
        }
    }

    private static void stopWithKamelets(CamelContext context, String id) throws Exception {
        context.getRouteController().stopRoute(id);
        String source = KameletRoutes.sourceOf(context, id);
        if (source != null) {
            context.getRouteController().stopRoute(source);
        }
    }

    private static List<String> pipelines(PropertiesComponent pc) {
        return Arrays.stream(property(pc, "genesys.demo.pipelines", DEFAULT_PIPELINES)
                        .split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Requests sent and 429s received by the component, over every OAuth client. */
    private static long[] apiCounters(CamelContext context) {
        GenesysComponent component = context.getComponent("genesys", GenesysComponent.class);
        long requests = 0;
        long rateLimited = 0;
        for (ClientMetrics m : component.getClientFactory().allMetrics()) {
            requests += m.requests();
            rateLimited += m.rateLimited();
        }
        return new long[] {requests, rateLimited};
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String property(PropertiesComponent pc, String key, String defaultValue) {
        return pc.resolveProperty(key)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(defaultValue);
    }
}
