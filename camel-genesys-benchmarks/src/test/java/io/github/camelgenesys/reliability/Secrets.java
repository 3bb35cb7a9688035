package io.github.camelgenesys.reliability;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every credential the suite used or was given: the client secret, its Basic encoding, and each issued token. */
final class Secrets {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Secrets() {
    }

    static void add(String secret) {
        KNOWN.add(secret);
    }

    static List<String> all() {
        return List.copyOf(KNOWN);
    }
}
