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
package io.github.camelgenesys.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Scripted faults: {@code faults().next(3).on("POST", "/api/v2/analytics/conversations/details/query").status(503)}.
 * Path patterns: a literal path, where {@code *} or {@code {name}} matches one path segment and {@code **} anything.
 * Method {@code "*"} matches every method. Rules are checked in the order they were added.
 */
public final class FaultScript {

    /** What a fault does to a request. */
    public enum Kind {
        STATUS,
        CONNECTION_RESET,
        DELAY,
        MALFORMED_BODY
    }

    /** A fault chosen for one request. */
    public record Fault(Kind kind, int status, Duration delay) {}

    private static final class Rule {
        final String method;
        final Pattern path;
        final AtomicInteger remaining;
        final double probability;
        final Fault fault;

        Rule(String method, Pattern path, int count, double probability, Fault fault) {
            this.method = method;
            this.path = path;
            this.remaining = new AtomicInteger(count);
            this.probability = probability;
            this.fault = fault;
        }

        boolean applies(String m, String p) {
            return ("*".equals(method) || method.equalsIgnoreCase(m))
                    && path.matcher(p).matches();
        }

        /** Consumes one use of a counted rule, or rolls the dice for a probability rule. */
        boolean fire() {
            if (probability >= 0) {
                return ThreadLocalRandom.current().nextDouble() < probability;
            }
            while (true) {
                int left = remaining.get();
                if (left <= 0) {
                    return false;
                }
                if (remaining.compareAndSet(left, left - 1)) {
                    return true;
                }
            }
        }

        boolean exhausted() {
            return probability < 0 && remaining.get() <= 0;
        }
    }

    /** Builder of one rule: how often, which requests, then the fault itself. */
    public final class RuleBuilder {
        private final int count;
        private final double probability;
        private String method = "*";
        private Pattern path = Pattern.compile(".*");

        private RuleBuilder(int count, double probability) {
            this.count = count;
            this.probability = probability;
        }

        /** Restricts the rule to a method ({@code "*"} = any) and a path pattern. */
        public RuleBuilder on(String method, String pathPattern) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = compile(Objects.requireNonNull(pathPattern, "pathPattern"));
            return this;
        }

        /** Answers with this HTTP status and the matching ErrorBody (a 429 also carries Retry-After). */
        public FaultScript status(int status) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("status must be 400..599, got " + status);
            }
            return add(new Fault(Kind.STATUS, status, Duration.ZERO));
        }

        /** Closes the connection without a response. */
        public FaultScript connectionReset() {
            return add(new Fault(Kind.CONNECTION_RESET, 0, Duration.ZERO));
        }

        /** Serves the normal response after this delay. */
        public FaultScript delay(Duration delay) {
            return add(new Fault(Kind.DELAY, 0, Objects.requireNonNull(delay, "delay")));
        }

        /** Answers 200 with a truncated, unparseable JSON body. */
        public FaultScript malformedBody() {
            return add(new Fault(Kind.MALFORMED_BODY, 200, Duration.ZERO));
        }

        private FaultScript add(Fault fault) {
            rules.add(new Rule(method, path, count, probability, fault));
            return FaultScript.this;
        }
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** The next {@code n} matching requests fail. */
    public RuleBuilder next(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0, got " + n);
        }
        return new RuleBuilder(n, -1);
    }

    /** Every matching request fails with this probability (0..1) until {@link #clear()}. */
    public RuleBuilder withProbability(double probability) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within 0..1, got " + probability);
        }
        return new RuleBuilder(0, probability);
    }

    /** Removes every scripted rule. */
    public void clear() {
        rules.clear();
    }

    /** The fault for this request if a rule fires, else null (used by the dispatcher). */
    public Fault pick(String method, String path) {
        for (Rule rule : rules) {
            if (rule.applies(method, path) && rule.fire()) {
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
                return rule.fault;
            }
        }
        return null;
    }

    static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]+");
                i++;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                regex.append("[^/]+");
                i = end < 0 ? pattern.length() : end + 1;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }
}
