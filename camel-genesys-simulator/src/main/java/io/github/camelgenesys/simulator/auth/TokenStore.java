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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Access tokens issued by the simulator; each remembers its client's permissions and its expiry. */
public final class TokenStore {
    /** What a token grants. */
    public record Grant(String clientId, Set<String> permissions, long expiresAtMillis) {
        public boolean allowsAny(java.util.List<String> anyOf) {
            return anyOf.isEmpty()
                    || permissions.contains("*")
                    || anyOf.stream().anyMatch(permissions::contains);
        }

        @Override
        public String toString() {
            return "Grant[clientId=" + clientId + "]";
        }
    }

    /** Outcome of a token lookup. */
    public enum Check {
        VALID,
        UNKNOWN,
        EXPIRED
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration ttl;
    private final AtomicLong issued = new AtomicLong();

    public TokenStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    public String issue(String clientId, Set<String> permissions) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        grants.put(token, new Grant(clientId, permissions, clock.millis() + ttl.toMillis()));
        issued.incrementAndGet();
        return token;
    }

    public long ttlSeconds() {
        return ttl.toSeconds();
    }

    public Check check(String token) {
        Grant grant = grants.get(token);
        if (grant == null) {
            return Check.UNKNOWN;
        }
        return clock.millis() >= grant.expiresAtMillis() ? Check.EXPIRED : Check.VALID;
    }

    public Grant grant(String token) {
        return grants.get(token);
    }

    public void revokeAll() {
        grants.clear();
    }

    public long issuedCount() {
        return issued.get();
    }

    public void resetCount() {
        issued.set(0);
    }
}
