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
package io.github.camelgenesys.analytics;

import java.time.Duration;

/**
 * How details jobs are polled, paged, resubmitted and overlapped (validated options; {@code maxOpen} is
 * maxConcurrentDetailsJobs before the org's limit lowers it; {@code keepRawJson}: rawPayload, each conversation's JSON
 * text is kept while its results page is read).
 */
record JobSettings(
        Duration pollInterval, Duration timeout, int maxResubmits, int pageSize, int maxOpen, boolean keepRawJson) {

    /**
     * The status poll delay after {@code delay}: 1.5 times longer, at most three times the first one. The cap bounds how
     * late a FULFILLED job is noticed (9 s with the default 3 s), which delays everything after it; it costs at most
     * one request per cap per job being awaited (jobs submitted ahead are not polled before their turn).
     */
    Duration nextPollDelay(Duration delay) {
        Duration next = Duration.ofMillis(Math.max(1, (long) (delay.toMillis() * 1.5)));
        Duration cap = pollInterval.multipliedBy(3);
        return next.compareTo(cap) > 0 ? cap : next;
    }
}
