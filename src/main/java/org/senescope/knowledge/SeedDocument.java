package org.senescope.knowledge;

import java.util.Objects;

/**
 * One seed document as read: its file name, its text exactly as stored, and the SHA-256 of its bytes.
 */
public record SeedDocument(String file, String text, String sha256) {
    public SeedDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }
}
