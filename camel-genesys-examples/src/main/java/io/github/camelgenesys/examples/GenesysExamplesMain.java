package io.github.camelgenesys.examples;

/** Runs the YAML pipelines in routes/ (filled in by the YAML pipelines issue). */
public final class GenesysExamplesMain {
    private GenesysExamplesMain() {
    }

    public static void main(String[] args) {
        System.out.println("camel-genesys examples: not implemented yet");
    }
}
