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
package io.github.camelgenesys.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan itself: it finds a token anywhere in a line and names only the line. */
class SecretScanTest {

    @TempDir
    Path tmp;

    @Test
    void scanNamesEveryLineThatCarriesASecretOrToken() throws Exception {
        Path log = tmp.resolve("log.txt");
        Files.writeString(
                log,
                "12 [main] DEBUG x - fine\n"
                        + "13 [main] DEBUG y - Authorization: Bearer tok-123-abc\n"
                        + "14 [main] INFO z - nothing\n"
                        + "15 [main] DEBUG z - secret=s3cr3t-value;\n");

        List<String> found = SecretScan.linesContaining(log, List.of("tok-123-abc", "s3cr3t-value", "absent"));

        assertEquals(List.of("line 2", "line 4"), found);
    }
}
