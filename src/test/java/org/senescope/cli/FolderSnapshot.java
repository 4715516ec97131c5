package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** What a refused or failed run must leave as it was: every path under a folder, with each file's SHA-256. */
final class FolderSnapshot {

    private FolderSnapshot() {
    }

    /** Every path under {@code dir} (hidden ones too) with its SHA-256 or {@code /} for a folder, sorted. */
    static List<String> of(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().map(p -> dir.relativize(p) + (Files.isRegularFile(p) ? " " + sha256(p) : "/"))
                    .toList();
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
