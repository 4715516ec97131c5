package org.senescope.read.table;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real data of {@code ../shared/data} and {@code ../shared/reference}, read in place and never copied. */
public final class SharedData {

    private SharedData() {
    }

    public static Path data(String relative) {
        return existing(Path.of("..", "shared", "data").resolve(relative));
    }

    public static Path reference(String relative) {
        return existing(Path.of("..", "shared", "reference").resolve(relative));
    }

    private static Path existing(Path p) {
        assertTrue(Files.isRegularFile(p), "the shared test data are missing: " + p.toAbsolutePath().normalize());
        return p;
    }
}
