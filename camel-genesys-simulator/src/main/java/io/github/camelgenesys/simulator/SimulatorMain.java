package io.github.camelgenesys.simulator;

/** Command line entry point of the Genesys Cloud simulator (filled in by the foundation issue). */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) {
        System.out.println("genesys-simulator: not implemented yet");
    }
}
