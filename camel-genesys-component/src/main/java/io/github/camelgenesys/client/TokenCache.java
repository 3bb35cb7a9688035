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
package io.github.camelgenesys.client;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The token of one (login URL, client id), shared by every endpoint. Single-flight: when the token must be
 * refreshed, one caller fetches it while the others block on the lock (no spinning) and then reuse the result.
 */
final class TokenCache {

    /** Fetches a new token; called with the cache's lock held, at most one at a time. */
    interface Fetcher {
        AccessToken fetch() throws java.io.IOException, InterruptedException;
    }

    private final TimeSource time;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessToken current;

    TokenCache(TimeSource time) {
        this.time = time;
    }

    AccessToken get(Fetcher fetcher) throws java.io.IOException, InterruptedException {
        AccessToken token = current;
        if (token != null && !token.needsRefresh(time.nanoTime())) {
            return token;
        }
        lock.lockInterruptibly();
        try {
            token = current;
            if (token != null && !token.needsRefresh(time.nanoTime())) {
                return token;
            }
            token = fetcher.fetch();
            current = token;
            return token;
        } finally {
            lock.unlock();
        }
    }

    /** Drops {@code rejected} after a 401, unless another caller already replaced it. */
    void invalidate(AccessToken rejected) {
        lock.lock();
        try {
            if (current == rejected) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Drops whatever token is cached (e.g. used by a readiness check to prove a token can be obtained). */
    void clear() {
        lock.lock();
        try {
            current = null;
        } finally {
            lock.unlock();
        }
    }
}
