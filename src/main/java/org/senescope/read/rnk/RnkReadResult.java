package org.senescope.read.rnk;

import java.util.List;
import java.util.Objects;

import org.senescope.read.SkippedLine;
import org.senescope.model.data.RankedList;

/**
 * A ranked list with everything reading it found.
 *
 * @param list          the genes and statistics, in input order, duplicates resolved by {@code duplicateRule}
 * @param header        the header line (e.g. {@code ID<TAB>t}), or the empty string when the file has none
 * @param commentLines  how many {@code #} comment lines there were
 * @param duplicates    genes on more than one line, in first-seen order
 * @param duplicateRule the rule that resolved them
 * @param tiedGenes     genes of the result whose statistic equals another gene's
 * @param nonFinite     lines whose statistic was {@code NA}, {@code NaN} or infinite: left out, never ranked
 * @param badRows       lines left out under {@link org.senescope.read.BadRowPolicy#SKIP} (wrong field count,
 *                      text for the statistic, empty gene)
 */
public record RnkReadResult(RankedList list, String header, int commentLines, List<DuplicateGene> duplicates,
                            DuplicateRule duplicateRule, int tiedGenes, List<SkippedLine> nonFinite,
                            List<SkippedLine> badRows) {
    public RnkReadResult {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(header, "header");
        duplicates = List.copyOf(duplicates);
        Objects.requireNonNull(duplicateRule, "duplicateRule");
        nonFinite = List.copyOf(nonFinite);
        badRows = List.copyOf(badRows);
    }

    /** What was found, in one sentence per finding, for a report. */
    public List<String> report() {
        List<String> r = new java.util.ArrayList<>();
        r.add(list.size() + " genes ranked" + (header.isEmpty() ? "" : ", header '" + header + "'")
                + (commentLines > 0 ? ", " + commentLines + " comment lines" : ""));
        if (!duplicates.isEmpty()) {
            r.add(duplicates.size() + " genes on more than one line (first: " + duplicates.get(0).gene() + " on lines "
                    + duplicates.get(0).lines() + "): " + duplicateRule.description());
        }
        if (tiedGenes > 0) {
            r.add(tiedGenes + " genes share their statistic with another gene (ties)");
        }
        if (!nonFinite.isEmpty()) {
            r.add(nonFinite.size() + " lines with a missing or infinite statistic left out (first: "
                    + nonFinite.get(0) + ")");
        }
        if (!badRows.isEmpty()) {
            r.add(badRows.size() + " bad lines skipped (first: " + badRows.get(0) + ")");
        }
        return List.copyOf(r);
    }
}
