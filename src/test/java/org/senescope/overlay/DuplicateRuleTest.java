package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.RowRecord;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.OverlayOptions;

class DuplicateRuleTest {

    /** Three probes of TP53 (lines 2-4) and one of CDKN1A; the second TP53 probe has the smallest padj. */
    private static final InputTable PROBES = OverlayFixtures.table("probes.tsv",
            "symbol\tlogFC\tP.Value\tadj.P.Val",
            "TP53\t1.0\t0.01\t0.04",
            "TP53\t-0.5\t0.001\t0.01",
            "TP53\t3.0\t0.2\t0.5",
            "CDKN1A\t2.0\t0.001\t0.002");

    private static NodeOverlay tp53(DuplicateRule rule) throws InputFormatException {
        return OverlayFixtures.mapper().map(List.of(PROBES), OverlayOptions.defaults().withDuplicates(rule))
                .overlay().node("TP53").orElseThrow();
    }

    @Test
    void mostSignificantTakesTheRowWithTheSmallestAdjustedP() throws InputFormatException {
        NodeOverlay node = tp53(DuplicateRule.MOST_SIGNIFICANT);
        assertEquals(List.of(new Measurement(-0.5, 0.01)), node.measurements());
        assertEquals("HGNC symbol TP53 -> node TP53; most significant of 3 rows (lines 2, 3, 4)", node.mappingRoute());
    }

    @Test
    void meanAveragesValuesAndLeavesOutTheAdjustedP() throws InputFormatException {
        assertEquals(List.of(new Measurement(3.5 / 3, Double.NaN)), tp53(DuplicateRule.MEAN).measurements());
    }

    @Test
    void maxAbsTakesTheLargestMagnitudeWithItsAdjustedP() throws InputFormatException {
        assertEquals(List.of(new Measurement(3.0, 0.5)), tp53(DuplicateRule.MAX_ABS).measurements());
    }

    @Test
    void theRowsNotChosenAreReportedWithTheLineThatWas() throws InputFormatException {
        MappingReport report = OverlayFixtures.mapper().map(List.of(PROBES), OverlayOptions.defaults()).report();
        assertEquals(List.of(RowOutcome.NOT_CHOSEN, RowOutcome.USED, RowOutcome.NOT_CHOSEN, RowOutcome.USED),
                report.rows().list().stream().map(RowRecord::outcome).toList());
        assertEquals("HGNC symbol TP53 -> node TP53; node TP53 took line 3 (rule most-significant)",
                report.rows().list().get(0).detail());
    }

    @Test
    void aTieInEverythingGoesToTheFirstRow() throws InputFormatException {
        InputTable ties = OverlayFixtures.table("ties.tsv", "gene\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t1.5\t0.01\t0.02", "TP53\t-1.5\t0.01\t0.02");
        NodeOverlay node = OverlayFixtures.mapper().map(List.of(ties), OverlayOptions.defaults())
                .overlay().node("TP53").orElseThrow();
        assertEquals(1.5, node.measurements().get(0).value());
    }
}
