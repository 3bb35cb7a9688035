package io.github.camelgenesys.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scan itself: it finds a token anywhere in a line and names only the line. */
class SecretScanTest {

    @TempDir
    Path tmp;

    @Test
    void scanNamesEveryLineThatCarriesASecretOrToken() throws Exception {
        Path log = tmp.resolve("log.txt");
        Files.writeString(log, "12 [main] DEBUG x - fine\n"
                + "13 [main] DEBUG y - Authorization: Bearer tok-123-abc\n"
                + "14 [main] INFO z - nothing\n"
                + "15 [main] DEBUG z - secret=s3cr3t-value;\n");

        List<String> found = SecretScan.linesContaining(log, List.of("tok-123-abc", "s3cr3t-value", "absent"));

        assertEquals(List.of("line 2", "line 4"), found);
    }
}
