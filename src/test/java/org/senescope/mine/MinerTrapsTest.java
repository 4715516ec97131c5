package org.senescope.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.knowledge.Curation;
import org.senescope.knowledge.CurationReader;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.mine.entities.EntityLexicon;
import org.senescope.mine.text.CleanText;
import org.senescope.mine.text.SentenceSplitter;
import org.senescope.mine.text.TextCleaner;

/**
 * Each trap of mined text, on texts written for these tests (none from the seeds): line-end hyphens, fused
 * citations, inserted blocks, lost small capitals, ordinary tokens that are aliases, ambiguous aliases, family vs
 * member, complexes, mouse genes, coordination, negation and contrast, hedging, loss of function, passives.
 */
class MinerTrapsTest {

    private static EntityLexicon lexicon;
    private static Miner miner;

    @BeforeAll
    static void lexicon() throws Exception {
        GeneReference genes = SenescenceImmunityNetwork.bundledGenes();
        Curation curation = CurationReader.read(ResourceDirectory.of(SeedMiningScoreTest.CURATION),
                ResourceDirectory.of(SeedMiningScoreTest.SEEDS), genes);
        lexicon = EntityLexicon.of(curation.nodes(), genes.human(), genes.mouse());
        miner = new Miner(lexicon);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(MinerTrapsTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "surface=id" for every name found in {@code text}. */
    private static List<String> names(String text) {
        return miner.mine("t.txt", text).entities().stream().map(e -> e.surface() + "=" + e.concept().id()).toList();
    }

    /** "source relation sign target evidence" for every candidate of {@code text}. */
    private static List<String> claims(String text) {
        return miner.mine("t.txt", text).candidates().stream().map(c -> c.relation()).map(r -> r.source().id() + " "
                + r.relation().label() + " " + r.sign().symbol() + " " + r.target().id() + " "
                + r.evidence().key()).toList();
    }

    @Test
    void lineEndHyphensAreSoftOrRealByTheWordList() throws IOException {
        CleanText clean = TextCleaner.clean(resource("block-and-hyphens.txt"), lexicon.words());
        assertTrue(clean.text().contains("cyclin-dependent kinase"), clean.text());
        assertTrue(clean.text().contains("is cell-extrinsic,"), clean.text());
        assertTrue(clean.text().contains("their chemokines are secreted into"), clean.text());
    }

    @Test
    void aBlockInsertedMidSentenceIsSetAsideAndTheSentenceRejoined() throws IOException {
        String raw = resource("block-and-hyphens.txt");
        CleanText clean = TextCleaner.clean(raw, lexicon.words());
        List<String> sentences = SentenceSplitter.split(clean).stream()
                .map(s -> clean.quote(s.start(), s.end())).toList();
        assertTrue(sentences.contains(
                "Senescent tumour cells secreted … interleukin 15 and attracted NK cells in mice."), sentences.toString());
        assertTrue(sentences.contains("A second sentence follows here."), sentences.toString());
        assertTrue(sentences.contains("Figure 2. Staining of a liver section."), sentences.toString());
        List<String> found = claims(raw);
        assertTrue(found.contains("senescent_tumour_cell induces secretion of + IL15 review"), found.toString());
    }

    @Test
    void citationNumbersFusedToWordsAreDroppedAndOffsetsKept() throws IOException {
        String raw = resource("lost-capitals.txt");
        CleanText clean = TextCleaner.clean(raw, lexicon.words());
        assertEquals("Restoring Tp53 in these tumours activated the KLrK1 receptor. The DNa damage response (DDr)"
                + " activates Tp53.", clean.text());
        FoundEntity first = miner.mine("t.txt", raw).entities().get(0);
        assertEquals("Tp53", raw.substring(first.start(), first.end()));
    }

    @Test
    void lostSmallCapitalsStillName() throws IOException {
        // The bracketed acronym repeats the name before it, so both are one mention.
        assertEquals(List.of("Tp53=TP53", "KLrK1=KLRK1", "DNa damage response (DDr)=dna_damage_response",
                "Tp53=TP53"), names(resource("lost-capitals.txt")));
    }

    @Test
    void ordinaryTokensAreNotGenes() {
        assertEquals(List.of("T cells=t_cell"),
                names("Download the PDF at 9 AM or 5 PM; a PhD student counted T cells in Table 1A."));
        assertEquals(List.of("cyclin-dependent kinase inhibitor 1A=CDKN1A"),
                names("It expressed cyclin-dependent kinase inhibitor 1A."));
    }

    @Test
    void anAliasOfSeveralGenesIsAmbiguousAndTakesNoPart() {
        List<String> found = names("P19 protein was raised by IL15.");
        assertTrue(found.get(0).startsWith("P19=ambiguous:"), found.toString());
        assertTrue(found.get(0).contains("CDKN2A") && found.get(0).contains("IL23A"), found.toString());
        assertEquals(List.of(), claims("P19 protein was raised by IL15."));
    }

    @Test
    void familiesComplexesAndMembersStayApart() {
        assertEquals(List.of("NKG2D ligands=NKG2D_ligands", "NKG2D=KLRK1", "IL-12=IL12", "IL12A=IL12A",
                "MICA=MICA"), names("NKG2D ligands bind NKG2D; IL-12 contains IL12A; MICA is one ligand."));
    }

    @Test
    void mouseGenesAreNotTheirHumanNamesakes() {
        assertEquals(List.of("Raet1e=Raet1e", "Ulbp1=Ulbp1", "ULBP1=ULBP1"),
                names("Mouse Raet1e and Ulbp1 differ from human ULBP1 genes."));
    }

    @Test
    void coordinatedListsGiveOneCandidatePerMember() {
        assertEquals(List.of("senescent_tumour_cell induces secretion of + CCL2 review",
                "senescent_tumour_cell induces secretion of + CCL3 review",
                "senescent_tumour_cell induces secretion of + CXCL1 review",
                "senescent_tumour_cell induces secretion of + CXCL2 review"),
                claims("Senescent tumour cells secrete CCL2, CCL3 as well as CXCL1 and CXCL2."));
    }

    @Test
    void negationAndContrastGiveNegativeFindingsNeverEdges() {
        assertEquals(List.of("CCL3 not required for 0 angiogenesis negative",
                "CCL4 not required for 0 angiogenesis negative", "CCL5 not required for 0 angiogenesis negative"),
                claims("Neutralizing CCL3, CCL4, and CCL5 had no effect on angiogenesis."));
        assertEquals(List.of("CCL2 required for + angiogenesis review",
                "CCL5 not required for 0 angiogenesis negative"),
                claims("Neutralization of CCL2, but not neutralization of CCL5, prevented angiogenesis."));
        assertEquals(List.of("KLRK1 not required for 0 metastasis negative"),
                claims("Metastasis did not rely on NKG2D."));
        assertEquals(List.of("TP53 does not induce 0 CCL2 negative"),
                claims("CCL2 levels were not increased by TP53."));
    }

    @Test
    void hedgingMakesAHypothesis() {
        assertEquals(List.of("CCL2 recruits + nk_cell hypothesis"), claims("CCL2 might possibly recruit NK cells."));
    }

    @Test
    void lossOfFunctionWordingTurnsTheSign() {
        assertEquals(List.of("TP53 required for + cellular_senescence review"),
                claims("TP53 mutations allow tumour clones to bypass cellular senescence."));
        assertEquals(List.of("RB1 inhibits - angiogenesis review"), claims("Loss of RB1 promotes angiogenesis."));
    }

    @Test
    void aPassiveWithByNamesTheObjectFirst() {
        assertEquals(List.of("chemotherapy induces + apoptosis review"), claims("Apoptosis is induced by chemotherapy."));
    }

    @Test
    void processesWrittenAsNounPhrasesNameTheirNode() {
        // "NK-cell infiltration of tumours": the head noun with the label's words behind of/by, or before it.
        assertEquals(List.of("CCL2 induces + nk_infiltration review"),
                claims("CCL2 triggers a marked infiltration of NK cells into the lesions."));
        assertEquals(List.of("tumor infiltration by NK cells=nk_infiltration"),
                names("It needed tumor infiltration by NK cells."));
        // Elimination, destruction and killing name a clearance; a cancer cell is a tumour cell.
        assertEquals(List.of("macrophage promotes + senescent_cell_clearance review"),
                claims("Macrophages contribute to the destruction of senescent cancer cells."));
        assertEquals(List.of("elimination of malignant cells=senescent_cell_clearance"),
                names("Then came the elimination of malignant cells."));
        // A word that says no more than "cell" names nothing, and a head with no label words stays a word.
        assertEquals(List.of(), names("The elimination of cells was slow; clearance was fast."));
        // A mention whose label words all belong to the name counts as them: "SnCs" are senescent tumour cells.
        assertEquals(List.of("clearance of SnCs=senescent_cell_clearance"), names("We saw clearance of SnCs."));
    }

    @Test
    void anAgentInducingAProcessInducesTheNetworksFormOfIt() {
        // "Therapy-induced senescence": an agent whose name ends with "therapy" inducing senescence.
        assertEquals(List.of("radiotherapy induces + therapy_induced_senescence review"),
                claims("Radiotherapy triggers senescence in some tumour cells."));
        // Other agents induce senescence in general.
        assertEquals(List.of("TP53 induces + cellular_senescence review"), claims("TP53 induces senescence."));
    }

    @Test
    void implicateNamesItsSubjectsAfterTheVerbAndItsObjectAfterIn() {
        assertEquals(List.of("macrophage promotes + angiogenesis review", "granulocyte promotes + angiogenesis review",
                "cd4_t_cell promotes + angiogenesis review"),
                claims("Two reports implicated macrophages, granulocytes and CD4+ T cells in angiogenesis."));
        // A marker's sign is part of the cell type's name.
        assertEquals(List.of("CD4+ T cells=cd4_t_cell"), names("CD4+ T cells were counted."));
    }

    @Test
    void theExamplesOfAnObjectWithARelativeClauseAreTheObjects() {
        // The relative clause's own object (angiogenesis) is not the object of "induced the expression of".
        assertEquals(List.of("RB1 induces expression of + CCL2 review", "RB1 induces expression of + CCL5 review"),
                claims("RB1 induced the expression of chemokines that drive angiogenesis, including CCL2 and CCL5."));
        // A closing bracket does not break a list: "interleukin (IL-15), IL-18".
        assertEquals(List.of("MYC induces expression of + IL15 review", "MYC induces expression of + IL18 review"),
                claims("MYC induced the expression of interleukin (IL-15), IL-18 and nothing else."));
    }
}
