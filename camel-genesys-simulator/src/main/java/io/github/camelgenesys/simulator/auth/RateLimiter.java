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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request limit of the Platform API: {@code limit} requests per {@code window} per key (an access token or a
 * client id), counted by one of three {@link Model}s; 0 = unlimited. Only served requests are counted: a request
 * answered 429 does not use the allowance. See docs/simulator.md "Rate limit" for the evidence behind the default.
 */
public final class RateLimiter {

    /** How requests are counted. */
    public enum Model {
        /**
         * A window of {@code window} that starts with the first counted request; {@code count} counts up to
         * {@code limit}, and {@code reset} is the time left until the whole allowance is free again (the
         * default: the real API's header samples, count 1 / reset 61, count 6 / reset 38, behave like this).
         */
        FIXED_WINDOW,
        /** At most {@code limit} requests in any {@code window}; {@code reset} = time until the oldest counted one leaves. */
        SLIDING_WINDOW,
        /** A bucket of {@code limit} refilled continuously over {@code window}; {@code reset} = time until it is full. */
        TOKEN_BUCKET;

        /** The flag value, e.g. {@code fixed-window}. */
        public String flag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Parses a flag value; the error names the allowed values. */
        public static Model parse(String text) {
            for (Model m : values()) {
                if (m.flag().equalsIgnoreCase(text.trim()) || m.name().equalsIgnoreCase(text.trim())) {
                    return m;
                }
            }
            throw new IllegalArgumentException(
                    "rate limit model '" + text + "': allowed fixed-window, sliding-window," + " token-bucket");
        }
    }

    /** What one rate-limit counter is keyed by. */
    public enum Scope {
        /** Every token of one OAuth client shares one count (the strict default). */
        CLIENT,
        /** Each access token has its own count (what the documented limit name, per token, says). */
        TOKEN;

        public String flag() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Scope parse(String text) {
            for (Scope s : values()) {
                if (s.flag().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("rate limit scope '" + text + "': allowed client, token");
        }
    }

    /** Result of one request; {@code count/limit/resetSeconds} feed the inin-ratelimit-* headers. */
    public record Decision(boolean allowed, int count, int limit, int resetSeconds, int retryAfterSeconds) {}

    /** One key's state; every model keeps what it needs. Guarded by its own monitor. */
    private static final class Counter {
        long windowStart = Long.MIN_VALUE;
        int count;
        final ArrayDeque<Long> served = new ArrayDeque<>();
        double tokens;
        long lastMillis;
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final long windowMillis;
    private final Model model;
    private final Scope scope;

    public RateLimiter(Clock clock, int limit, Duration window, Model model, Scope scope) {
        this.clock = clock;
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.model = model;
        this.scope = scope;
    }

    /** Counts one request made with {@code token} of {@code clientId}, against the counter of the scope. */
    public Decision take(String clientId, String token) {
        if (limit <= 0) {
            return new Decision(true, 0, 0, 0, 0);
        }
        String key = scope == Scope.CLIENT ? "client:" + clientId : "token:" + token;
        Counter counter = counters.computeIfAbsent(key, k -> {
            Counter c = new Counter();
            c.tokens = limit;
            c.lastMillis = clock.millis();
            return c;
        });
        synchronized (counter) {
            long now = clock.millis();
            return switch (model) {
                case FIXED_WINDOW -> fixedWindow(counter, now);
                case SLIDING_WINDOW -> slidingWindow(counter, now);
                case TOKEN_BUCKET -> tokenBucket(counter, now);
            };
        }
    }

    private Decision fixedWindow(Counter c, long now) {
        if (c.windowStart == Long.MIN_VALUE || now >= c.windowStart + windowMillis) {
            c.windowStart = now;
            c.count = 0;
        }
        int reset = seconds(c.windowStart + windowMillis - now);
        if (c.count >= limit) {
            return new Decision(false, c.count, limit, reset, Math.max(1, reset));
        }
        c.count++;
        return new Decision(true, c.count, limit, reset, 0);
    }

    private Decision slidingWindow(Counter c, long now) {
        while (!c.served.isEmpty() && c.served.peekFirst() + windowMillis <= now) {
            c.served.pollFirst();
        }
        boolean ok = c.served.size() < limit;
        if (ok) {
            c.served.addLast(now);
        }
        int reset = seconds(c.served.peekFirst() + windowMillis - now);
        return new Decision(ok, c.served.size(), limit, reset, ok ? 0 : Math.max(1, reset));
    }

    private Decision tokenBucket(Counter c, long now) {
        double perMilli = (double) limit / windowMillis;
        c.tokens = Math.min(limit, c.tokens + (now - c.lastMillis) * perMilli);
        c.lastMillis = now;
        boolean ok = c.tokens >= 1.0;
        if (ok) {
            c.tokens -= 1.0;
        }
        int used = (int) Math.ceil(limit - c.tokens);
        int reset = seconds((long) Math.ceil((limit - c.tokens) / perMilli));
        int retryAfter = ok ? 0 : Math.max(1, seconds((long) Math.ceil((1.0 - c.tokens) / perMilli)));
        return new Decision(ok, used, limit, reset, retryAfter);
    }

    /** Whole seconds, rounded up: a client that waits this long is never early. */
    private static int seconds(long millis) {
        return (int) Math.max(0, (millis + 999) / 1000);
    }
}
