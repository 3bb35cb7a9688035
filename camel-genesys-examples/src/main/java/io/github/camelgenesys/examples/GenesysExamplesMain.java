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
    private GenesysExamplesMain() {}

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
