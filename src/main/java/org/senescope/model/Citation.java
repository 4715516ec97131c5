package org.senescope.model;

import java.util.Objects;

/**
 * What backs a claim: either a verbatim quote from a seed document, or a background statement from outside the seeds,
 * which by construction can carry no quote.
 */
public sealed interface Citation permits Citation.SeedQuote, Citation.Background {

    /**
     * A passage copied verbatim from one seed document.
     *
     * @param seedFile the seed's file name, e.g. {@code 003_662adfca3ea2fe09.txt}
     * @param quote    the exact words of the seed, whitespace folded; never blank
     */
    record SeedQuote(String seedFile, String quote) implements Citation {
        public SeedQuote {
            Objects.requireNonNull(seedFile, "seedFile");
            Objects.requireNonNull(quote, "quote");
            if (seedFile.isBlank() || quote.isBlank()) {
                throw new IllegalArgumentException("a seed quote needs a seed file and a non-blank quote");
            }
        }
    }

    /**
     * Knowledge from outside the seed documents, stated by the curator.
     *
     * @param statement what is known and where it comes from; never blank
     */
    record Background(String statement) implements Citation {
        public Background {
            Objects.requireNonNull(statement, "statement");
            if (statement.isBlank()) {
                throw new IllegalArgumentException("a background citation needs a statement");
            }
        }
    }
}
