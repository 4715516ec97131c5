package org.senescope.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subjects reached through a noun phrase (fifth round of rules, docs/mining.md): a relative clause on a noun that
 * renames the name, a participle that modifies a noun rather than the name before it, {@code shield/protect ... from}
 * and composition named from the whole ({@code X is marked by the release of A}), on texts written for these tests
 * (none from the seeds).
 */
class MinerNounPhraseTest {

    private static Miner miner;

    @BeforeAll
    static void lexicon() throws Exception {
        miner = MinerAnaphoraTest.seedNetworkMiner();
    }

    private static List<String> claims(String text) {
        return MinerAnaphoraTest.claims(miner, text);
    }

    @Test
    void aRelativeClauseOnANounThatRenamesTheNameSpeaksOfTheName() {
        // In apposition, and as the complement of "is".
        assertEquals(List.of("IL15 activates + nk_cell review"),
                claims("IL15, a cytokine that activates NK cells, is abundant in the liver."));
        assertEquals(List.of("CXCL1 recruits + macrophage review"),
                claims("CXCL1 is a chemokine that recruits macrophages."));
        // A noun that is the name's object is no renaming: RB1 does not recruit the macrophages.
        assertEquals(List.of(), claims("RB1 induced chemokines that recruit macrophages."));
        // Nor is a denied renaming.
        assertEquals(List.of(), claims("CXCL1 is not a chemokine that recruits macrophages."));
    }

    @Test
    void aParticipleThatModifiesANounDoesNotRelateTheNameBeforeIt() {
        // The pathways, not angiogenesis, are mediated by CXCL1 and CXCL2; their agents trigger senescence.
        assertEquals(List.of("CXCL1 induces + cellular_senescence review",
                "CXCL2 induces + cellular_senescence review"),
                claims("In angiogenesis, the pathways mediated by CXCL1 and by CXCL2 are activated to trigger "
                        + "senescence."));
        // Auxiliaries and adverbs between the name and its participle keep the passive reading.
        assertEquals(List.of("CXCL1 promotes + angiogenesis review"),
                claims("Angiogenesis is largely mediated by CXCL1."));
        assertEquals(List.of("CXCL1 not required for 0 angiogenesis negative"),
                claims("Angiogenesis was not mediated by CXCL1."));
        // So does a measure of the name: its levels, expression, secretion.
        assertEquals(List.of("IL15 upregulates + CXCL1 review"),
                claims("CXCL1 secretion was strongly increased by IL15."));
        // A noun before a denied participle: no negative finding about the name before the noun.
        assertEquals(List.of(), claims("The benefit of the radiotherapy regimen was not mediated by macrophages."));
    }

    @Test
    void toShieldOrProtectFromIsToInhibit() {
        assertEquals(List.of("IL6 inhibits - senescent_cell_clearance review"),
                claims("IL6 shields them from immune clearance."));
        // The participle after a comma has the clause before's object as its subject.
        assertEquals(List.of("senescent_tumour_cell induces secretion of + IL6 review",
                "IL6 inhibits - senescent_cell_clearance review"),
                claims("Senescent cancer cells secrete IL6, protecting them from immune clearance."));
    }

    @Test
    void compositionNamedFromTheWholeIsMembership() {
        // "X is characterized by the secretion of A": A is part of X, also for examples after "and NOUN like".
        assertEquals(List.of("IL6 part of 0 sasp review", "CXCL1 part of 0 sasp review",
                "CXCL2 part of 0 sasp review"),
                claims("The senescence-associated secretory phenotype is characterized by the secretion of factors "
                        + "such as IL6 and chemokines like CXCL1 and CXCL2."));
        // The longer wording wins: no "SASP associated with CCL2" nor "SASP secretes CCL2" beside it.
        assertEquals(List.of("CCL2 part of 0 sasp review"),
                claims("In these tumours the SASP was associated with the release of CCL2."));
    }
}
