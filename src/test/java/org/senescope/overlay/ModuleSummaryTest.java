package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.ModuleSummary;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.export.OverlayStyle;
import org.senescope.model.overlay.ColourRange;

class ModuleSummaryTest {

    @Test
    void countsMeasuredMembersTheirMeanAndSignificantChanges() throws InputFormatException {
        InputTable table = OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t1.0\t0.001\t0.01", "CDKN1A\t-3.0\t0.0001\t0.001", "CDKN2A\t0.5\t0.2\t0.4");
        MappedOverlay result = OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults());
        ModuleSummary p53 = result.modules().stream().filter(m -> m.moduleId().equals("p53_p21_arrest"))
                .findFirst().orElseThrow();
        // members: CDKN2A_ARF, TP53, CDKN1A; CDKN2A reaches the ARF node too
        assertEquals(new ModuleSummary("p53_p21_arrest", "p53–p21 arrest", "de", 3, 3, (1.0 - 3.0 + 0.5) / 3, 1, 1),
                p53);
    }

    /** CDKN1A below --min-expression is not a measured member: not in the mean, not a significant change. */
    @Test
    void aGeneBelowTheMinimumExpressionIsLeftOutOfTheModuleSummary() throws InputFormatException {
        InputTable table = OverlayFixtures.table("de.tsv", "gene\tbaseMean\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t500\t1.0\t0.001\t0.01", "CDKN1A\t2\t-3.0\t0.0001\t0.001", "CDKN2A\t80\t0.5\t0.2\t0.4");
        MappedOverlay result = OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults()
                .withExpression(new ExpressionFilter.AtLeast(10)));
        ModuleSummary p53 = result.modules().stream().filter(m -> m.moduleId().equals("p53_p21_arrest"))
                .findFirst().orElseThrow();
        assertEquals(new ModuleSummary("p53_p21_arrest", "p53–p21 arrest", "de", 3, 2, (1.0 + 0.5) / 2, 1, 0), p53);
    }

    @Test
    void theColourRangeIsTheLargestNetworkValueRoundedUp() throws InputFormatException {
        InputTable table = OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t1.0\t0.001\t0.01", "CDKN1A\t-3.04\t0.0001\t0.001", "GAPDH\t9.0\t0.0001\t0.001");
        MappedOverlay result = OverlayFixtures.mapper().map(List.of(table),
                OverlayOptions.defaults().withColourRange(ColourRange.FROM_DATA));
        assertEquals(3.1, result.colourScale().range());
        double range = result.colourScale().range();
        assertEquals("#2166AC", OverlayStyle.colorOf(-3.1, range));
        assertEquals("#F7F7F7", OverlayStyle.colorOf(0, range));
        assertEquals("#B2182B", OverlayStyle.colorOf(10, range));
        assertEquals("#C8C8C8", OverlayStyle.colorOf(Double.NaN, range));
        assertEquals(2.0, OverlaySummaries.colourScale(result.overlay(), 0, new ColourRange.Fixed(2.0)).range(),
                "the user's range wins");
        assertEquals(2.0, OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults()).colourScale()
                .range(), "by default the figures' range");
    }
}
