package io.github.camelgenesys.examples;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Wires the examples application: picks the Genesys target (real org or embedded simulator), starts the demo
 * webhook receiver, and builds a Camel Main that loads the YAML pipelines with {@code application.properties}
 * (plus {@code demo.properties} while the demo runs).
 */
final class ExamplesApp implements AutoCloseable {
    static final String DEMO_PROPERTIES = "demo.properties";
    static final String PIPELINES = "genesys.demo.pipelines";
    static final String WEBHOOK_URL = "messaging.webhook-url";
    /** The folders the pipelines write under {@code genesys.output-dir}; emptied before a simulator demo. */
    static final List<String> OUTPUT_FOLDERS = List.of("archive", "messaging", "analytics", "live", "reports");

    private final ExampleSettings settings;
    private final GenesysCloudSimulator givenSimulator;
    private final PrintStream out;
    private final PipelineMonitor monitor = new PipelineMonitor();
    private GenesysCloudSimulator simulator;
    private boolean ownsSimulator;
    private WebhookReceiver webhook;
    private DemoRunner demo;
    private Main main;

    /**
     * @param overrides      properties that win over everything (tests use them)
     * @param env            the environment ({@code GENESYS_CLIENT_ID}, ...)
     * @param givenSimulator a running simulator to use instead of starting one, or null
     */
    ExamplesApp(Properties overrides, Map<String, String> env, GenesysCloudSimulator givenSimulator, PrintStream out) {
        this.settings = new ExampleSettings(overrides, System.getProperties(), env);
        this.givenSimulator = givenSimulator;
        this.out = out;
    }

    /** Builds the (not yet started) Camel Main. */
    Main prepare() {
        GenesysTarget target = GenesysTarget.realOrg(settings);
        if (target == null) {
            simulator = givenSimulator;
            if (simulator == null) {
                simulator = EmbeddedSimulator.start(settings);
                ownsSimulator = true;
            }
            target = GenesysTarget.simulator(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret(),
                    EmbeddedSimulator.rateLimit(settings));
        }
        if (settings.get(WEBHOOK_URL, null) == null) {
            // nobody named a webhook: the messaging pipeline posts to a receiver served by this application
            webhook = WebhookReceiver.start(settings.getInt("genesys.demo.webhookPort", 0));
        }
        boolean demoEnabled = settings.getBoolean("genesys.demo.enabled", true);
        Path output = Path.of(settings.get("genesys.output-dir", "target/genesys-demo")).toAbsolutePath();
        if (target.embedded() && settings.getBoolean("genesys.demo.cleanOutput", true)) {
            // the simulator is new on every run: checkpoints of an earlier run describe another org
            OUTPUT_FOLDERS.forEach(folder -> deleteTree(output.resolve(folder)));
        }

        main = new Main();
        target.componentProperties().forEach(main::addOverrideProperty);
        if (webhook != null) {
            main.addOverrideProperty(WEBHOOK_URL, webhook.url());
        }
        if (demoEnabled && !target.embedded() && !settings.isExplicit(PIPELINES)) {
            // on a real org the demo does not archive recordings unless asked to by name
            main.addOverrideProperty(PIPELINES, DemoRunner.DEFAULT_PIPELINES.replace(",archive-pipeline", ""));
            out.println("archive-pipeline is left out on a real org (it archives recordings); to include it, list it in -D"
                    + PIPELINES);
        }
        if (demoEnabled) {
            Properties demoProps = ExampleSettings.load(DEMO_PROPERTIES);
            demoProps.stringPropertyNames().stream().filter(k -> !settings.isExplicit(k))
                    .forEach(k -> main.addOverrideProperty(k, demoProps.getProperty(k)));
            // the demo starts the pipelines itself, one after another
            main.addOverrideProperty("camel.main.auto-startup", "false");
        }
        settings.overrides().stringPropertyNames()
                .forEach(k -> main.addOverrideProperty(k, settings.overrides().getProperty(k)));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                m.getCamelContext().addRoutePolicyFactory(monitor);
            }
        });
        if (demoEnabled) {
            demo = new DemoRunner(monitor, this::footer, out);
            main.addMainListener(demo);
            out.println("camel-genesys demo against the " + target.description());
            out.println("output files: " + output);
        }
        return main;
    }

    /** Runs until the demo is done (or until stopped when the demo is off or kept running); returns the exit code. */
    int run() throws Exception {
        try {
            prepare().run();
        } finally {
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
                    .flatMap(byStatus -> byStatus.values().stream()).mapToLong(Long::longValue).sum();
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

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + dir, e);
        }
    }
}
