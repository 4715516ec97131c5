package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;

class ModuleSummaryTest {

    @Test
    void countsMeasuredMembersTheirMeanAndSignificantChanges() throws InputFormatException {
        InputTable table = OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t1.0\t0.001\t0.01", "CDKN1A\t-3.0\t0.0001\t0.001", "CDKN2A\t0.5\t0.2\t0.4");
        OverlayResult result = OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults());
        ModuleSummary p53 = result.modules().stream().filter(m -> m.moduleId().equals("p53_p21_arrest"))
                .findFirst().orElseThrow();
        // members: CDKN2A_ARF, TP53, CDKN1A; CDKN2A reaches the ARF node too
        assertEquals(new ModuleSummary("p53_p21_arrest", "p53–p21 arrest", "de", 3, 3, (1.0 - 3.0 + 0.5) / 3, 1, 1),
                p53);
    }

    @Test
    void theColourRangeIsTheLargestNetworkValueRoundedUp() throws InputFormatException {
        InputTable table = OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t1.0\t0.001\t0.01", "CDKN1A\t-3.04\t0.0001\t0.001", "GAPDH\t9.0\t0.0001\t0.001");
        OverlayResult result = OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults());
        assertEquals(3.1, result.colourScale().range());
        assertEquals("#2166AC", result.colourScale().colorOf(-3.1));
        assertEquals("#F7F7F7", result.colourScale().colorOf(0));
        assertEquals("#B2182B", result.colourScale().colorOf(10));
        assertEquals("#BDBDBD", result.colourScale().colorOf(Double.NaN));
        assertEquals(2.0, ColourScale.of(result.overlay(), 0, 2.0).range(), "the user's range wins");
    }
}
