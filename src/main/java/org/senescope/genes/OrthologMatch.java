package org.senescope.genes;

import java.util.Objects;
import org.senescope.model.Species;

/**
 * An ortholog row found by a symbol, with the species whose symbol matched. The species matters because human and
 * mouse symbols differ only in case for many genes: {@code RAET1E} typed in a mouse data set is mouse Raet1e, which is
 * not human RAET1E's one-to-one ortholog.
 *
 * @param matchedSpecies {@link Species#HUMAN} or {@link Species#MOUSE}: which side of the row matched
 * @param ortholog       the row
 */
public record OrthologMatch(Species matchedSpecies, MouseOrtholog ortholog) {
    public OrthologMatch {
        Objects.requireNonNull(matchedSpecies, "matchedSpecies");
        Objects.requireNonNull(ortholog, "ortholog");
        if (matchedSpecies == Species.UNSPECIFIED) {
            throw new IllegalArgumentException("a match is on the human or the mouse side");
        }
    }

    /** The symbol as the table writes it on the matched side (e.g. {@code Raet1e} for a query {@code RAET1E}). */
    public String matchedSymbol() {
        return matchedSpecies == Species.HUMAN ? ortholog.humanSymbol() : ortholog.mouseSymbol();
    }

    /** The symbol on the other side, empty for a gene with no ortholog. */
    public String otherSymbol() {
        return matchedSpecies == Species.HUMAN ? ortholog.mouseSymbol() : ortholog.humanSymbol();
    }
}
