package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.OverlayOptions;

class EdgeConsistencyTest {

    private static final String TP53_CDKN1A = "TP53 (induces expression of) CDKN1A";

    private static EdgeConsistency verdict(String tp53, String cdkn1a) throws InputFormatException {
        return verdict(OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj", "TP53\t" + tp53,
                "CDKN1A\t" + cdkn1a));
    }

    private static EdgeConsistency verdict(InputTable table) throws InputFormatException {
        return check(table, TP53_CDKN1A);
    }

    private static EdgeConsistency check(InputTable table, String edgeId) throws InputFormatException {
        return OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults()).edges().stream()
                .filter(e -> e.edgeId().equals(edgeId)).findFirst().orElseThrow();
    }

    private static InputTable bothUp(String source, String target) throws InputFormatException {
        return OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj", source + "\t1.2\t0.001\t0.01",
                target + "\t2.0\t0.0001\t0.001");
    }

    @Test
    void anActivityEdgeIsNotTestedEvenWhenBothGenesChanged() throws InputFormatException {
        EdgeConsistency e = check(bothUp("CDKN2A", "RB1"), "CDKN2A_p16INK4a (activates) RB1");
        assertFalse(e.testable());
        assertEquals(new EdgeConsistency.NotTested(EdgeConsistency.Untestable.POST_TRANSLATIONAL), e.check());
        assertEquals(Optional.empty(), e.verdict());
        assertEquals("post-translational or activity relation, not visible in mRNA", e.reason());
    }

    @Test
    void aSecretionEdgeIsNotTested() throws InputFormatException {
        assertEquals(new EdgeConsistency.NotTested(EdgeConsistency.Untestable.POST_TRANSLATIONAL),
                check(bothUp("TP53", "CCL2"), "TP53 (induces secretion of) CCL2").check());
    }

    @Test
    void aBindingEdgeHasNoSign() throws InputFormatException {
        assertEquals(new EdgeConsistency.NotTested(EdgeConsistency.Untestable.NO_SIGN),
                check(bothUp("CD274", "PDCD1"), "CD274 (ligand of) PDCD1").check());
    }

    @Test
    void anEdgeToAProcessIsNotAGeneEdge() throws InputFormatException {
        assertEquals(new EdgeConsistency.NotTested(EdgeConsistency.Untestable.NOT_A_GENE),
                check(bothUp("TP53", "CDKN1A"), "TP53 (induces) cell_cycle_arrest").check());
    }

    @Test
    void anExpressionEdgeWithAnUnmeasuredGeneIsNotTested() throws InputFormatException {
        EdgeConsistency e = check(bothUp("TP53", "CDKN1A"), "TP53 (induces expression of) CCL2");
        assertEquals(new EdgeConsistency.NotTested(EdgeConsistency.Untestable.NOT_MEASURED), e.check());
        assertEquals("a gene at one end not measured", e.reason());
        assertEquals("", e.detail());
    }

    /** CDKN1A below --min-expression: its fold change is no evidence, so the edge is not tested (was "agree"). */
    @Test
    void anExpressionEdgeWithAGeneBelowTheMinimumExpressionIsNotTested() throws InputFormatException {
        InputTable table = OverlayFixtures.table("de.tsv", "gene\tbaseMean\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t500\t1.2\t0.001\t0.01", "CDKN1A\t2\t2.0\t0.0001\t0.001");
        EdgeConsistency e = OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults()
                .withExpression(new ExpressionFilter.AtLeast(10))).edges().stream()
                .filter(x -> x.edgeId().equals(TP53_CDKN1A)).findFirst().orElseThrow();
        assertEquals(new EdgeConsistency.NotTested(EdgeConsistency.Untestable.NOT_EXPRESSED), e.check());
        assertEquals("a gene at one end not expressed (below --min-expression)", e.reason());
        assertEquals(Optional.of(EdgeConsistency.Verdict.AGREE), check(table, TP53_CDKN1A).verdict(),
                "without the filter the same rows agree");
    }

    @Test
    void aTestedEdgeSaysSo() throws InputFormatException {
        EdgeConsistency e = verdict("1.2\t0.001\t0.01", "2.0\t0.0001\t0.001");
        assertTrue(e.testable());
        assertEquals("expression relation between measured genes", e.reason());
    }

    @Test
    void bothUpOnAnActivatingEdgeAgree() throws InputFormatException {
        EdgeConsistency e = verdict("1.2\t0.001\t0.01", "2.0\t0.0001\t0.001");
        assertEquals(Optional.of(EdgeConsistency.Verdict.AGREE), e.verdict());
        assertEquals("up and up for an activating edge", e.detail());
    }

    @Test
    void oppositeChangesOnAnActivatingEdgeDisagree() throws InputFormatException {
        assertEquals(Optional.of(EdgeConsistency.Verdict.DISAGREE),
                verdict("1.2\t0.001\t0.01", "-2.0\t0.0001\t0.001").verdict());
    }

    @Test
    void aChangeThatIsNotSignificantCannotSay() throws InputFormatException {
        EdgeConsistency e = verdict("1.2\t0.001\t0.01", "2.0\t0.3\t0.6");
        assertEquals(Optional.of(EdgeConsistency.Verdict.CANNOT_SAY), e.verdict());
        assertEquals("not both changed significantly (adjusted p 0.01, 0.6)", e.detail());
    }

    @Test
    void withoutAdjustedPValuesItCannotSay() throws InputFormatException {
        EdgeConsistency e = verdict(OverlayFixtures.table("ranks.rnk", "gene\tt", "TP53\t5.0", "CDKN1A\t6.0"));
        assertEquals(Optional.of(EdgeConsistency.Verdict.CANNOT_SAY), e.verdict());
        assertEquals("no adjusted p-value for both genes", e.detail());
    }
}
