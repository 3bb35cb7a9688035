package io.github.camelgenesys.examples;

import java.util.Properties;

/**
 * Runs the YAML pipelines of {@code routes/} with Camel Main.
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
        int exitCode = new ExamplesApp(new Properties(), System.getenv(), null, System.out).run();
        if (exitCode != 0) {
            System.out.flush();
            System.exit(exitCode);
        }
    }
}
