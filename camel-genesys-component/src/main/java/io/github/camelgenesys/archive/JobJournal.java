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
package io.github.camelgenesys.archive;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.camel.spi.StateRepository;

/**
 * The recording jobs of an endpoint that were created and whose outcome is not yet recorded, kept in the
 * {@code archiveStateRepository} under {@code genesys-archive-jobs-ACTION} (a comma-separated list of job ids). A job
 * is remembered right after creation, before it is executed, and forgotten once its conversations were recorded as
 * done or reported; a job left running by a crash or a stop stays, and the next exchange follows it. A job an
 * exchange of this producer is following is owned by it, so no other exchange follows it too.
 */
final class JobJournal {

    private final StateRepository<String, String> repository;
    private final String key;
    private final Set<String> owned = new HashSet<>();

    JobJournal(StateRepository<String, String> repository, String action) {
        this.repository = repository;
        this.key = "genesys-archive-jobs-" + action;
    }

    /** A journal that remembers nothing (no archiveStateRepository). */
    static JobJournal none() {
        return new JobJournal(null, "");
    }

    /** True when jobs are remembered across restarts (an archiveStateRepository is set). */
    boolean isPersistent() {
        return repository != null;
    }

    synchronized Set<String> jobIds() {
        Set<String> ids = new LinkedHashSet<>();
        String value = repository == null ? null : repository.getState(key);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(ids::add);
        }
        return ids;
    }

    /** Remembered jobs no running exchange follows; they are owned by the caller until {@link #release}. */
    synchronized Set<String> claimOrphans() {
        Set<String> orphans = jobIds();
        orphans.removeAll(owned);
        owned.addAll(orphans);
        return orphans;
    }

    /** The exchange that created or followed these jobs is done with them (remembered ones stay remembered). */
    synchronized void release(Collection<String> jobIds) {
        owned.removeAll(jobIds);
    }

    synchronized void remember(String jobId) {
        owned.add(jobId);
        if (repository != null) {
            Set<String> ids = jobIds();
            ids.add(jobId);
            repository.setState(key, String.join(",", ids));
        }
    }

    synchronized void forget(String jobId) {
        if (repository != null) {
            Set<String> ids = jobIds();
            if (ids.remove(jobId)) {
                repository.setState(key, String.join(",", ids));
            }
        }
    }
}
