package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.model.overlay.OverlayOptions;

class EdgeConsistencyTest {

    private static final String TP53_CDKN1A = "TP53 (induces expression of) CDKN1A";

    private static EdgeConsistency verdict(String tp53, String cdkn1a) throws InputFormatException {
        return verdict(OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj", "TP53\t" + tp53,
                "CDKN1A\t" + cdkn1a));
    }

    private static EdgeConsistency verdict(InputTable table) throws InputFormatException {
        return OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults()).edges().stream()
                .filter(e -> e.edgeId().equals(TP53_CDKN1A)).findFirst().orElseThrow();
    }

    @Test
    void bothUpOnAnActivatingEdgeAgree() throws InputFormatException {
        EdgeConsistency e = verdict("1.2\t0.001\t0.01", "2.0\t0.0001\t0.001");
        assertEquals(EdgeConsistency.Verdict.AGREE, e.verdict());
        assertEquals("up and up for an activating edge", e.reason());
    }

    @Test
    void oppositeChangesOnAnActivatingEdgeDisagree() throws InputFormatException {
        assertEquals(EdgeConsistency.Verdict.DISAGREE, verdict("1.2\t0.001\t0.01", "-2.0\t0.0001\t0.001").verdict());
    }

    @Test
    void aChangeThatIsNotSignificantCannotSay() throws InputFormatException {
        EdgeConsistency e = verdict("1.2\t0.001\t0.01", "2.0\t0.3\t0.6");
        assertEquals(EdgeConsistency.Verdict.CANNOT_SAY, e.verdict());
        assertEquals("not both changed significantly (adjusted p 0.01, 0.6)", e.reason());
    }

    @Test
    void withoutAdjustedPValuesItCannotSay() throws InputFormatException {
        EdgeConsistency e = verdict(OverlayFixtures.table("ranks.rnk", "gene\tt", "TP53\t5.0", "CDKN1A\t6.0"));
        assertEquals(EdgeConsistency.Verdict.CANNOT_SAY, e.verdict());
        assertEquals("no adjusted p-value for both genes", e.reason());
    }
}
