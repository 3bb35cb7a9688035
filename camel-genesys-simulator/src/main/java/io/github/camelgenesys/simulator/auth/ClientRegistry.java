package io.github.camelgenesys.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** OAuth clients (client credentials grant) with their secrets and permissions. */
public final class ClientRegistry {
    private record Client(String secret, Set<String> permissions) {
    }

    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    public void add(String clientId, String secret, Set<String> permissions) {
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("clientId and secret must not be blank");
        }
        clients.put(clientId, new Client(secret, Set.copyOf(permissions)));
    }

    /** The client's permissions when the secret matches. */
    public Optional<Set<String>> authenticate(String clientId, String secret) {
        Client client = clientId == null ? null : clients.get(clientId);
        if (client == null || secret == null) {
            return Optional.empty();
        }
        boolean same = MessageDigest.isEqual(client.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(client.permissions()) : Optional.empty();
    }
}
