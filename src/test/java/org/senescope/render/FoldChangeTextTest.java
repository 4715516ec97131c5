package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which group is the fold change's numerator, as legends, captions and methods text say it. */
class FoldChangeTextTest {

    @Test
    void aConditionNamedAVersusBStatesTheRatio() {
        assertEquals(Optional.of("HCC/NASH"), FoldChangeText.ratio("HCC vs NASH"));
        assertEquals(Optional.of("HCC/NASH"), FoldChangeText.ratio("HCC_vs_NASH"));
        assertEquals(Optional.of("day 2/day 0"), FoldChangeText.ratio("day 2 vs. day 0"));
        assertEquals(Optional.of("KO/WT"), FoldChangeText.ratio("KO versus WT"));
        assertEquals(Optional.of("treated/control"), FoldChangeText.ratio("treated-VS-control"));
        assertEquals(Optional.empty(), FoldChangeText.ratio("HS_DESeq2_genesymb"));
        assertEquals(Optional.empty(), FoldChangeText.ratio("MUT-WT"), "a dash alone does not say which is which");
        assertEquals(Optional.empty(), FoldChangeText.ratio("canvas"), "vs inside a word is not a comparison");
    }

    @Test
    void theLegendNamesTheNumeratorOrSaysItIsNotStated() {
        assertEquals("log2 fold change (HCC/NASH)",
                FoldChangeText.legendLabel("log2 fold change", List.of("HCC vs NASH")));
        assertEquals("log2 fold change (first/second group of each condition)",
                FoldChangeText.legendLabel("log2 fold change", List.of("d2 vs d0", "d4 vs d0")));
        assertEquals("log2 fold change (numerator not stated)",
                FoldChangeText.legendLabel("log2 fold change", List.of("HS_DESeq2_genesymb")));
        assertEquals("log2 fold change (MUT/WT)", FoldChangeText.legendLabel("log2 fold change (MUT/WT)",
                List.of("MUT-WT")), "a label that states the ratio is kept");
        assertEquals("mean log2 expression", FoldChangeText.legendLabel("mean log2 expression", List.of("MUT")),
                "values that are not fold changes have no numerator");
    }

    @Test
    void theCaptionSentenceGivesEachConditionsRatioOrTheAssumption() {
        assertEquals("Fold changes: HCC vs NASH: log2 HCC/NASH. ",
                FoldChangeText.sentence("log2 fold change", List.of("HCC vs NASH")));
        assertEquals("Fold changes: d2 vs d0: log2 d2/d0; d4 vs d0: log2 d4/d0. ",
                FoldChangeText.sentence("log2 fold change (day N/day 0)", List.of("d2 vs d0", "d4 vs d0")));
        assertEquals("", FoldChangeText.sentence("log2 fold change (MUT/WT)", List.of("MUT-WT")));
        assertEquals("", FoldChangeText.sentence("z-score", List.of("a")));
        assertEquals("Which group is the numerator of the fold change is not stated (no condition is named \u2018A vs "
                        + "B\u2019); as DESeq2, edgeR and limma report it, a positive value is assumed to mean higher in "
                        + "the compared group than in the reference group chosen in the analysis that made the table. ",
                FoldChangeText.sentence("log2 fold change", List.of("HS_DESeq2_genesymb", "SN vs HS")),
                "one unnamed condition leaves the direction unstated");
    }
}
