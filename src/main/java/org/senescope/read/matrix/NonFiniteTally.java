package org.senescope.read.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.senescope.read.NumberCells;

/**
 * Counts the missing and infinite values a matrix reader meets, and turns infinities into {@code NaN}, so that every
 * reader reports them the same way. A mark can be set at the start of a row and returned to when the row is skipped,
 * so that a skipped row's cells are not counted. Mutable; one per read, not thread-safe.
 */
public final class NonFiniteTally {

    private long missing;
    private long infinite;
    private long markedMissing;
    private long markedInfinite;

    /** The value to store: {@code v} itself, or {@code NaN} for an infinity; {@code NaN} and infinities counted. */
    public double admit(double v) {
        if (Double.isNaN(v)) {
            missing++;
        } else if (Double.isInfinite(v)) {
            infinite++;
            return Double.NaN;
        }
        return v;
    }

    /** Remembers the counts (at the start of a row). */
    public void mark() {
        markedMissing = missing;
        markedInfinite = infinite;
    }

    /** Goes back to the counts of the last {@link #mark()} (the row was skipped). */
    public void resetToMark() {
        missing = markedMissing;
        infinite = markedInfinite;
    }

    public long missing() {
        return missing;
    }

    public long infinite() {
        return infinite;
    }

    /** The counts in sentences for a report, and how many row identifiers are duplicated. */
    public List<String> report(List<String> rowIds) {
        List<String> notes = new ArrayList<>();
        if (missing > 0) {
            notes.add(missing + " missing values (NA, NaN, empty...) read as NaN");
        }
        if (infinite > 0) {
            notes.add(infinite + " infinite values read as NaN");
        }
        Map<String, Integer> seen = new HashMap<>(rowIds.size() * 2);
        int duplicated = 0;
        String firstDuplicate = "";
        for (String id : rowIds) {
            if (seen.merge(id, 1, Integer::sum) == 2) {
                duplicated++;
                if (firstDuplicate.isEmpty()) {
                    firstDuplicate = id;
                }
            }
        }
        if (duplicated > 0) {
            notes.add(duplicated + " identifiers are on more than one row (first: "
                    + NumberCells.abbreviate(firstDuplicate) + "); every row is kept");
        }
        return List.copyOf(notes);
    }
}
