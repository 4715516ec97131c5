package org.senescope.mine;

import java.util.Locale;

/**
 * Precision and recall of the miner in one scope (overall, one evidence type, one document).
 *
 * @param scope    what was counted
 * @param curated  distinct reviewed claims in scope (document, node pair, polarity)
 * @param recalled how many of them the miner proposed
 * @param proposed distinct candidates in scope
 * @param correct  how many of them a reviewed claim confirms
 */
public record ScoreRow(String scope, int curated, int recalled, int proposed, int correct) {

    /** Recalled over curated, or NaN when nothing was curated. */
    public double recall() {
        return curated == 0 ? Double.NaN : (double) recalled / curated;
    }

    /** Correct over proposed, or NaN when nothing was proposed. */
    public double precision() {
        return proposed == 0 ? Double.NaN : (double) correct / proposed;
    }

    /** A Markdown table row: scope, curated, recalled, recall, proposed, correct, precision. */
    public String markdown() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %s |", scope, curated, recalled,
                ratio(recall()), proposed, correct, ratio(precision()));
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
