package io.github.camelgenesys.client;

/** Display forms of sensitive values. The client id is marked secret in the catalog, so it is shown shortened. */
public final class Redact {

    private Redact() {
    }

    /** {@code 3f2a***} for {@code 3f2a9c...}; ids of 4 characters or fewer become {@code ***}. */
    public static String clientId(String clientId) {
        if (clientId == null) {
            return "null";
        }
        return clientId.length() <= 4 ? "***" : clientId.substring(0, 4) + "***";
    }
}
