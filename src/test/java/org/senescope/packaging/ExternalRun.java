package org.senescope.packaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** One run of an outside program (node, npm, java -jar) by the packaged-jar tests: its exit code and both streams. */
record ExternalRun(int code, String out, String err) {

    /**
     * Runs {@code command} in {@code dir}, its streams kept in files under {@code tmp}, failing the test when it does
     * not finish in {@code seconds} or cannot start ({@code needs} says what has to be installed).
     */
    static ExternalRun of(Path tmp, String needs, Path dir, int seconds, String... command) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test (" + needs + "; .ci/run installs "
                    + "them): " + e.getMessage(), e);
        }
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " finished in " + seconds + " s");
        return new ExternalRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
