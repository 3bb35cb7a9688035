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

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Wires the examples application: picks the Genesys target (real org, the user's settings, or the embedded
 * simulator), starts the demo webhook receiver, and builds a Camel Main that loads the packaged YAML pipelines or
 * the user's routes ({@link RunOptions}) with {@code application.properties}, the user's properties file and, while
 * the demo runs, {@code demo.properties}.
 */
final class ExamplesApp implements AutoCloseable {
    static final String DEMO_PROPERTIES = "demo.properties";
    static final String PIPELINES = "genesys.demo.pipelines";
    static final String VERIFY_CREDENTIALS = "camel.component.genesys.verify-credentials-on-startup";
    static final String WEBHOOK_URL = "messaging.webhook-url";
    static final String ROUTES_PATTERN = "camel.main.routes-include-pattern";

    private final RunOptions options;
    private final ExampleSettings settings;
    private final GenesysCloudSimulator givenSimulator;
    private final PrintStream out;
    private final PipelineMonitor monitor = new PipelineMonitor();
    private GenesysCloudSimulator simulator;
    private boolean ownsSimulator;
    private WebhookReceiver webhook;
    private DemoRunner demo;
    private DemoOutputFiles demoFiles;
    private Main main;

    /** The packaged pipelines, as the README's first command runs them. */
    ExamplesApp(Properties overrides, Map<String, String> env, GenesysCloudSimulator givenSimulator, PrintStream out) {
        this(RunOptions.packaged(), overrides, env, givenSimulator, out);
    }

    /**
     * @param options        the command line
     * @param overrides      properties that win over everything (tests use them)
     * @param env            the environment ({@code GENESYS_CLIENT_ID}, ...)
     * @param givenSimulator a running simulator to use instead of starting one, or null
     */
    ExamplesApp(
            RunOptions options,
            Properties overrides,
            Map<String, String> env,
            GenesysCloudSimulator givenSimulator,
            PrintStream out) {
        this.options = options;
        this.settings = new ExampleSettings(overrides, System.getProperties(), options.userProperties(), env);
        this.givenSimulator = givenSimulator;
        this.out = out;
    }

    /** The demo runs with the packaged routes when genesys.demo.enabled says so; with the user's only when asked. */
    private boolean demoEnabled() {
        if (options.demo()) {
            return true;
        }
        if (options.packagedRoutes() || settings.isExplicit("genesys.demo.enabled")) {
            return settings.getBoolean("genesys.demo.enabled", true);
        }
        return false;
    }

    /** Builds the (not yet started) Camel Main. */
    Main prepare() {
        boolean demoEnabled = demoEnabled();
        if (demoEnabled) {
            settings.useDemoDefaults(ExampleSettings.load(DEMO_PROPERTIES));
        }
        GenesysTarget target = GenesysTarget.realOrg(settings);
        if (target == null) {
            target = GenesysTarget.configured(settings);
        }
        if (target == null) {
            simulator = givenSimulator;
            if (simulator == null) {
                simulator = EmbeddedSimulator.start(settings);
                ownsSimulator = true;
            }
            target = GenesysTarget.simulator(
                    simulator.baseUrl(),
                    simulator.clientId(),
                    simulator.clientSecret(),
                    EmbeddedSimulator.rateLimit(settings));
        }
        if ((demoEnabled || options.packagedRoutes()) && settings.get(WEBHOOK_URL, null) == null) {
            // nobody named a webhook: the packaged messaging pipeline posts to a receiver served by this application
            webhook = WebhookReceiver.start(settings.getInt("genesys.demo.webhookPort", 0));
        }
        Path output = Path.of(settings.get("genesys.output-dir", "target/genesys-demo"))
                .toAbsolutePath();
        if (demoEnabled && target.embedded() && settings.getBoolean("genesys.demo.cleanOutput", false)) {
            // the simulator is new on every run: what an earlier demo wrote describes another org
            demoFiles = new DemoOutputFiles(output);
            int deleted = demoFiles.cleanPreviousRun();
            if (deleted > 0) {
                out.println("removed " + deleted + " files written by the previous demo under " + output);
            }
            demoFiles.snapshot();
        }

        main = new Main();
        // what the command line sets wins (e.g. -Dcamel.component.genesys.client-secret=... to try a wrong secret)
        target.componentProperties().forEach((key, value) -> {
            if (!settings.isOnCommandLine(key)) {
                main.addOverrideProperty(key, value);
            }
        });
        if (!options.packagedRoutes()) {
            // only the user's routes: the packaged routes/*.yaml (and their beans) are not read
            main.addOverrideProperty(ROUTES_PATTERN, options.routes());
        } else if (settings.isExplicit(ROUTES_PATTERN)) {
            // the user's pattern replaces the packaged one (never both: their beans of the same name would clash)
            main.addOverrideProperty(ROUTES_PATTERN, settings.get(ROUTES_PATTERN, null));
        }
        if (webhook != null) {
            main.addOverrideProperty(WEBHOOK_URL, webhook.url());
        }
        if (demoEnabled && !target.embedded() && !settings.isExplicit(PIPELINES) && options.packagedRoutes()) {
            // on a real org the demo does not archive recordings unless asked to by name
            main.addOverrideProperty(PIPELINES, DemoRunner.DEFAULT_PIPELINES.replace(",archive-pipeline", ""));
            out.println(
                    "archive-pipeline is left out on a real org (it archives recordings); to include it, list it in -D"
                            + PIPELINES);
        }
        boolean once = demoEnabled || options.once();
        if (once && !options.packagedRoutes() && !settings.isExplicit(PIPELINES)) {
            main.addOverrideProperty(PIPELINES, DemoRunner.ALL_ROUTES);
        }
        settings.camelOverrides().forEach(main::addOverrideProperty);
        if (once) {
            // the runner starts the pipelines itself, one after another
            main.addOverrideProperty("camel.main.auto-startup", "false");
            if (!settings.isExplicit(VERIFY_CREDENTIALS)) {
                // refused credentials then fail each pipeline's first poll and show in its summary line, instead of
                // failing the context before any pipeline runs
                main.addOverrideProperty(VERIFY_CREDENTIALS, "false");
            }
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                m.getCamelContext().addRoutePolicyFactory(monitor);
            }
        });
        if (once) {
            demo = new DemoRunner(monitor, this::footer, out, demoEnabled ? "demo" : "run");
            main.addMainListener(demo);
            out.println("camel-genesys " + (demoEnabled ? "demo" : "run") + " against the " + target.description());
            out.println("output files: " + output);
        } else {
            out.println(
                    "camel-genesys: running " + (options.packagedRoutes() ? "the packaged routes" : options.routes())
                            + " against the " + target.description() + "; Ctrl+C to stop");
        }
        return main;
    }

    /** Runs until the demo is done (or until stopped when the demo is off or kept running); returns the exit code. */
    int run() throws Exception {
        try {
            prepare().run();
        } finally {
            if (demoFiles != null) {
                demoFiles.recordWritten();
            }
            close();
        }
        return demo == null ? 0 : Math.max(demo.exitCode(), 0);
    }

    PipelineMonitor monitor() {
        return monitor;
    }

    DemoRunner demo() {
        return demo;
    }

    /** The local webhook receiver, or null when {@code messaging.webhook-url} names another endpoint. */
    WebhookReceiver webhook() {
        return webhook;
    }

    Main main() {
        return main;
    }

    private List<String> footer() {
        List<String> lines = new ArrayList<>();
        if (webhook != null) {
            lines.add("webhook " + webhook.url() + " received " + webhook.received() + " POSTs");
        }
        if (simulator != null) {
            SimulatorStats stats = simulator.stats();
            long served = stats.requests().values().stream()
                    .flatMap(byStatus -> byStatus.values().stream())
                    .mapToLong(Long::longValue)
                    .sum();
            lines.add("simulator served " + served + " requests (" + stats.rateLimited429() + " answered 429), "
                    + stats.recordingsArchived() + " recordings archived, " + stats.recordingsArchivedMoreThanOnce()
                    + " archived more than once");
        }
        return lines;
    }

    @Override
    public void close() {
        if (webhook != null) {
            webhook.close();
        }
        if (ownsSimulator && simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
