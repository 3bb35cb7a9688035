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
package io.github.camelgenesys.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** OAuth clients (client credentials grant) with their secrets and permissions. */
public final class ClientRegistry {
    private record Client(String secret, Set<String> permissions) {}

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
        boolean same = MessageDigest.isEqual(
                client.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(client.permissions()) : Optional.empty();
    }
}
