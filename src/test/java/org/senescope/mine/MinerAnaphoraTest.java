package org.senescope.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.knowledge.Curation;
import org.senescope.knowledge.CurationReader;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.mine.entities.EntityLexicon;

/**
 * Subjects and objects named through anaphors, clauses joined by {@code , and}, and the wider negations, on texts
 * written for these tests (none from the seeds).
 */
class MinerAnaphoraTest {

    private static Miner miner;

    @BeforeAll
    static void lexicon() throws Exception {
        miner = seedNetworkMiner();
    }

    /** A miner with the bundled network's nodes and the bundled human and mouse gene tables. */
    static Miner seedNetworkMiner() throws Exception {
        GeneReference genes = SenescenceImmunityNetwork.bundledGenes();
        Curation curation = CurationReader.read(ResourceDirectory.of(SeedMiningScoreTest.CURATION),
                ResourceDirectory.of(SeedMiningScoreTest.SEEDS), genes);
        return new Miner(EntityLexicon.of(curation.nodes(), genes.human(), genes.mouse()));
    }

    private static List<String> claims(String text) {
        return claims(miner, text);
    }

    /** "source relation sign target evidence" for every candidate {@code miner} finds in {@code text}. */
    static List<String> claims(Miner miner, String text) {
        return miner.mine("t.txt", text).candidates().stream().map(c -> c.relation()).map(r -> r.source().id() + " "
                + r.relation().label() + " " + r.sign().symbol() + " " + r.target().id() + " "
                + r.evidence().key()).toList();
    }

    @Test
    void aDemonstrativeSubjectIsWhatTheMainRelationBeforeProduced() {
        // Same sentence: "these macrophages" are the ones CCL2 recruited, not the nearest name (CCL2).
        assertEquals(List.of("CCL2 recruits + macrophage review", "macrophage induces secretion of + IL6 review"),
                claims("CCL2 recruits macrophages to the liver, and these macrophages then secrete IL6."));
        // Previous sentence: "such an effect" is the angiogenesis MYC promoted; a hyphenated modifier
        // (RB1-induced) is not the main relation.
        assertEquals(List.of("RB1 induces + CCL2 review", "CCL2 promotes + angiogenesis review",
                "KLRK1 not required for 0 angiogenesis negative"),
                claims("RB1-induced CCL2 promotes angiogenesis. Interestingly, such an effect did not rely on NKG2D."));
        // An event noun does not name what a relation acted on: "this process" is no macrophage.
        assertEquals(List.of("nk_cell kills - macrophage review"),
                claims("NK cells kill macrophages. These processes result in angiogenesis."));
        // With nothing before it, a demonstrative names nothing: no guess from a name outside its clause.
        assertEquals(List.of(), claims("TP53 was absent; these cells then activate NK cells."));
    }

    @Test
    void aPronounSubjectIsTheSubjectOfTheRelationBefore() {
        assertEquals(List.of("IL15 activates + nk_cell review", "IL15 promotes + angiogenesis review"),
                claims("IL15 activates NK cells. It also promotes angiogenesis."));
    }

    @Test
    void aParticipleAfterACommaHasTheClauseBeforeAsItsSubject() {
        // The infiltration, not the macrophages named last, results in the clearance.
        assertEquals(List.of("CXCL1 induces + nk_infiltration review",
                "nk_infiltration induces + senescent_cell_clearance review"),
                claims("CXCL1 causes infiltration of NK cells among macrophages, resulting in elimination of "
                        + "senescent cells."));
    }

    @Test
    void aVerbWithoutAnObjectInItsSentenceRefersBack() {
        assertEquals(List.of("CCL2 promotes + angiogenesis review", "CXCL1 not required for 0 angiogenesis negative",
                "CXCL2 not required for 0 angiogenesis negative"),
                claims("CCL2 contributes to angiogenesis. Blocking CXCL1 and CXCL2 had no effect in this model."));
    }

    @Test
    void aCommaBeforeAndJoinsClausesUnlessItClosesAList() {
        // "IL6, and TP53 restoration": two clauses, so IL6 is no subject of "did not raise".
        assertEquals(List.of("macrophage induces secretion of + IL6 review",
                "TP53 does not induce 0 nk_susceptibility negative"),
                claims("Macrophages secreted IL6, and TP53 restoration did not raise the sensitivity of tumour cells"
                        + " to killing by NK cells."));
        // "A, B, and C" is a list.
        assertEquals(List.of("CCL3 induces + angiogenesis review", "CCL4 induces + angiogenesis review",
                "CCL5 induces + angiogenesis review"), claims("CCL3, CCL4, and CCL5 induce angiogenesis."));
    }

    @Test
    void widerNegationsAreNegativeFindings() {
        assertEquals(List.of("KLRK1 not required for 0 angiogenesis negative"),
                claims("NKG2D was dispensable for angiogenesis."));
        assertEquals(List.of("KLRK1 not required for 0 angiogenesis negative"),
                claims("Angiogenesis proceeded independently of NKG2D."));
        assertEquals(List.of("CCL2 no effect on 0 angiogenesis negative"),
                claims("Angiogenesis was unaffected by CCL2."));
        assertEquals(List.of("nk_cell not required for 0 angiogenesis negative"),
                claims("Angiogenesis was not mediated by NK cells."));
        assertEquals(List.of("CCL2 no effect on 0 angiogenesis negative"),
                claims("CCL2 no longer altered angiogenesis."));
        assertEquals(List.of("IL15 does not induce 0 nk_cell negative"),
                claims("IL15 lacked the capacity to activate NK cells."));
        // Without a negation, altering is an association.
        assertEquals(List.of("CCL2 associated with 0 angiogenesis review"), claims("CCL2 alters angiogenesis."));
    }
}
