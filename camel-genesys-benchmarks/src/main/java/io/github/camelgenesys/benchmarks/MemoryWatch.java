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
package io.github.camelgenesys.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the heap every 50 ms on a daemon thread: the peak heap in use (MemoryMXBean), and the peak of the heap
 * left after a collection (the sum over heap pools of their collection usage) — the live set, which is what must
 * stay flat as the extraction grows. RSS high-water mark from /proc/self/status (VmHWM).
 */
final class MemoryWatch implements AutoCloseable {

    private volatile long peakUsed;
    private volatile long peakAfterGc;
    private volatile boolean running = true;
    private final Thread thread;

    MemoryWatch() {
        thread = new Thread(this::sample, "memory-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            peakUsed = Math.max(peakUsed, heap.getUsed());
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    afterGc += pool.getCollectionUsage().getUsed();
                }
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double peakHeapMb() {
        return peakUsed / 1048576.0;
    }

    double peakHeapAfterGcMb() {
        return peakAfterGc / 1048576.0;
    }

    /** VmHWM of this process in MB, or -1 where /proc is not available. */
    static double rssHighWaterMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
