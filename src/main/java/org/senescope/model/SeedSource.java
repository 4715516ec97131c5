package org.senescope.model;

import java.util.Objects;

/**
 * One seed document the network is built from, as cited.
 *
 * @param file     the file name in {@code seeds/}
 * @param title    the document's title as the document states it, or a description saying that it does not
 * @param citation authors, venue and year as one line, as the document states them; what it does not state is said
 *                 to be "not stated in the seed", never filled in from elsewhere
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

    /**
     * The document cited as one sentence, as figures, pages and methods text show it: title, citation and DOI (or
     * that the seed states none). Never the file name: that is provenance, not a citation.
     */
    public String reference() {
        String titled = title.endsWith("?") || title.endsWith(".") ? title + " " : title + ". ";
        return titled + citation + (doi.isEmpty() ? ". DOI not stated in the seed." : ". DOI " + doi + ".");
    }
}
