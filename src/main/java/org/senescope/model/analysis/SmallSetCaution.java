package org.senescope.model.analysis;

import java.util.Optional;

/**
 * What a tested gene set under {@value #BELOW} genes in the data can and cannot mean, said the same way in every
 * results table and note. Such a set's result (an NES, a camera p, a score, an over-representation) is evidence about
 * those few genes, not about a pathway: one gene can carry it, and a normalised score of two genes is no pathway
 * activity. The network's modules (2 to 9 genes) are all small sets. Stateless.
 */
public final class SmallSetCaution {

    /** Sets with fewer genes than this in the data are small: fgsea's and GSEA's usual minimum set size. */
    public static final int BELOW = 15;

    private SmallSetCaution() {
    }

    /** The caution for a set of {@code genesInData} genes in the data, or empty when it is not small. */
    public static Optional<String> of(int genesInData) {
        if (genesInData >= BELOW) {
            return Optional.empty();
        }
        return Optional.of("small set: " + genesInData + (genesInData == 1 ? " gene" : " genes")
                + " in the data (under " + BELOW + "); about these genes, not a pathway");
    }

    /** {@link #of(int)} as a table cell: the caution, or an empty cell. */
    public static String cell(int genesInData) {
        return of(genesInData).orElse("");
    }

    /** The note on a tested small set, e.g. {@code gene set 'p53_axis': small set: 4 genes in the data ...}. */
    public static Optional<String> note(String set, int genesInData) {
        return of(genesInData).map(c -> "gene set '" + set + "': " + c + "; one gene can carry its result");
    }
}
