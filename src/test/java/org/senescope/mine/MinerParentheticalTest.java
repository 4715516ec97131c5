package org.senescope.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Asides (sixth round of rules, docs/mining.md): naming brackets that do not break a list, and comparisons set off
 * before a verb that do not become its subject, on texts written for these tests (none from the seeds).
 */
class MinerParentheticalTest {

    private static Miner miner;

    @BeforeAll
    static void lexicon() throws Exception {
        miner = MinerAnaphoraTest.seedNetworkMiner();
    }

    private static List<String> claims(String text) {
        return MinerAnaphoraTest.claims(miner, text);
    }

    @Test
    void aNamingBracketDoesNotBreakAList() {
        // "hereafter", "also known as" with a name the lexicon does not know (GRO-alpha is CXCL1's alias here).
        assertEquals(List.of("IL15 recruits + macrophage review", "CXCL1 recruits + macrophage review"),
                claims("Interleukin 15 (hereafter IL-15) and CXCL1 (also known as GRO-alpha) recruit macrophages."));
        // A bracket with a symbol and a "called" name, and one restating the name: each gene once.
        assertEquals(List.of("RB1 induces + cellular_senescence review", "CDKN1A induces + cellular_senescence review"),
                claims("In stressed fibroblasts, the pathways mediated by RB1 (also known as pRB) and by "
                        + "cyclin-dependent kinase inhibitor 1A (CDKN1A, also called p21WAF1) are activated to "
                        + "trigger senescence."));
        // Alias traps inside a naming bracket stay no genes.
        assertEquals(List.of("RB1 recruits + nk_cell review", "CCL5 recruits + nk_cell review"),
                claims("RB1 (also known as PDF) and CCL5 (also termed AM) recruit NK cells."));
        // A bracket that does not rename still breaks the list.
        assertEquals(List.of("CCL5 recruits + nk_cell review"),
                claims("CCL2 (see Figure 2) and CCL5 recruit NK cells."));
    }

    @Test
    void aComparisonBeforeTheVerbIsNotItsSubject() {
        assertEquals(List.of("CXCL1 recruits + granulocyte review"),
                claims("CXCL1 is a chemokine that, like its close relative CXCL2, recruits granulocytes to the "
                        + "lung."));
        assertEquals(List.of("IL15 activates + nk_cell review"), claims("IL-15, similar to IL-18, activates NK cells."));
        assertEquals(List.of("CD274 inhibits - t_cell review"),
                claims("PD-L1, unlike PD-L2 in these tumours, suppresses T cells."));
        assertEquals(List.of("CCL2 recruits + macrophage review"), claims("CCL2 (like CCL5) recruits macrophages."));
        // The negation stays with the subject's verb.
        assertEquals(List.of("IL15 does not induce 0 nk_cell negative"),
                claims("IL-15, unlike IL-18, did not activate NK cells in these mice."));
        // With no name before it, "like" gives the examples of a noun: they are the subjects.
        assertEquals(List.of("CCL2 recruits + nk_cell review", "CCL5 recruits + nk_cell review"),
                claims("Chemokines, like CCL2 and CCL5, recruit NK cells."));
    }

    @Test
    void aNegationWithNoObjectTakesTheProcessOfTheSentenceBefore() {
        assertEquals(List.of("CCL2 recruits + macrophage review", "CXCL1 not required for 0 macrophage negative",
                "CXCL2 not required for 0 macrophage negative"),
                claims("CCL2 recruits macrophages to the liver. Blocking CXCL1 and CXCL2 had no effect in this "
                        + "model."));
    }
}
