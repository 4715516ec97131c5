package org.senescope.model;

import java.util.Objects;

/**
 * One seed document the network is built from, as cited.
 *
 * @param file     the file name in {@code seeds/}
 * @param title    the document's title
 * @param citation authors, venue and year as one line
 * @param doi      the DOI where the document gives one, else empty
 * @param sha256   the SHA-256 of the file's bytes, hex
 */
public record SeedSource(String file, String title, String citation, String doi, String sha256) {
    public SeedSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(sha256, "sha256");
    }
}
