package io.github.camelgenesys.examples;

import java.util.Properties;

/**
 * Runs the YAML pipelines of {@code routes/} with Camel Main, or a user's own routes with
 * {@code --routes <folder> [--properties <file>] [--once]} (see {@link RunOptions} and docs/run-your-own.md).
 * <p>
 * Without {@code GENESYS_CLIENT_ID} in the environment it starts the Genesys Cloud simulator in-process and runs the
 * demo: each pipeline once, a summary, then exits (0 when every pipeline succeeded). With {@code GENESYS_CLIENT_ID},
 * {@code GENESYS_CLIENT_SECRET} and {@code GENESYS_REGION} it talks to that org. {@code -Dgenesys.demo.keepRunning=true}
 * keeps the pipelines running after the demo; {@code -Dgenesys.demo.enabled=false} runs them as a plain long-running
 * application on the schedules of {@code application.properties}.
 */
public final class GenesysExamplesMain {
    private GenesysExamplesMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(RunOptions.USAGE);
            return;
        }
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode = new ExamplesApp(options, new Properties(), System.getenv(), null, System.out).run();
        if (exitCode != 0) {
            System.out.flush();
            System.exit(exitCode);
        }
    }
}
