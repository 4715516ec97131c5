package org.senescope.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.Edge;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.SeedSource;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.Relation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The golden network: what the bundled seeds and curation build into. */
class BundledNetworkTest {

    private static Network network;

    @BeforeAll
    static void build() throws CurationException {
        network = SenescenceImmunityNetwork.buildBundled();
    }

    @Test
    void counts() {
        assertEquals(58, network.nodes().size());
        assertEquals(125, network.edges().size());
        assertEquals(157, network.claims().size());
        assertEquals(Map.of(
                EvidenceType.SEED_FINDING, 35L,
                EvidenceType.CITED_PRIOR_WORK, 21L,
                EvidenceType.REVIEW_CLAIM, 58L,
                EvidenceType.HYPOTHESIS, 18L,
                EvidenceType.NEGATIVE_FINDING, 15L,
                EvidenceType.BACKGROUND, 10L), network.claimCountsByEvidenceType());
    }

    @Test
    void holdsTheCoreGenesWithTheirIdentifiers() {
        Map<String, Node> nodes = network.nodesById();
        assertEquals(List.of("7157"), nodes.get("TP53").entrezIds());
        assertEquals(List.of("Trp53"), nodes.get("TP53").mouseSymbols());
        for (String id : List.of("CDKN1A", "RB1", "KLRK1", "CCL2", "PDCD1LG2", "CDKN2A_p16INK4a", "CDKN2A_ARF")) {
            assertTrue(nodes.containsKey(id), id);
        }
        assertEquals(List.of("CDKN2A"), nodes.get("CDKN2A_p16INK4a").humanSymbols());
        assertEquals(List.of("CDKN2A"), nodes.get("CDKN2A_ARF").humanSymbols(), "ARF is the other CDKN2A product");
        assertEquals(List.of("IL12A", "IL12B"), nodes.get("IL12").humanSymbols(), "IL-12 is IL12A + IL12B");
    }

    @Test
    void keepsMouseOnlyGenesApartFromHumanOnes() {
        Node raet1e = network.node("Raet1e").orElseThrow();
        assertEquals(List.of(), raet1e.humanSymbols(), "mouse Raet1e has no one-to-one human ortholog");
        assertEquals(List.of("Raet1e"), raet1e.mouseSymbols());
        Node ligands = network.node("NKG2D_ligands").orElseThrow();
        assertTrue(ligands.humanSymbols().containsAll(List.of("MICA", "MICB", "RAET1E")));
        assertFalse(ligands.mouseSymbols().stream().anyMatch(s -> s.equalsIgnoreCase("Mica")
                || s.equalsIgnoreCase("Micb")), "mice have no MICA/MICB");
    }

    @Test
    void negativeFindingsAreData() {
        for (String chemokine : List.of("CCL3", "CCL4", "CCL5")) {
            Edge e = edge(chemokine, Relation.NOT_REQUIRED_FOR, "nk_infiltration");
            assertTrue(e.isNegativeFinding());
            assertEquals(Set.of(EvidenceType.NEGATIVE_FINDING), e.evidenceTypes());
            assertEquals(quotes(e), List.of("Conversely, neutralizing CCL3, CCL4, and CCL5 had no effect in this setting."));
        }
        assertTrue(edge("TP53", Relation.DOES_NOT_INDUCE, "NKG2D_ligands").isNegativeFinding());
        assertTrue(edge("KLRK1", Relation.NOT_REQUIRED_FOR, "nk_infiltration").isNegativeFinding());
        assertTrue(edge("t_cell", Relation.NOT_REQUIRED_FOR, "cytostatic_tumour_control").isNegativeFinding());
    }

    @Test
    void claimsMergeIntoOneEdgePerSourceTargetAndRelation() {
        Edge e = edge("CCL2", Relation.REQUIRED_FOR, "senescent_cell_clearance");
        assertEquals(2, e.claims().size());
        assertEquals(Set.of("003_662adfca3ea2fe09.txt"), e.seedFiles());
        Edge tis = edge("chemotherapy", Relation.INDUCES, "therapy_induced_senescence");
        assertEquals(Set.of("001_a08174395840cfc2.txt", "002_3575cdb0003b9f20.txt", "004_16cf22b548bca26e.txt"),
                tis.seedFiles());
    }

    @Test
    void backgroundKnowledgeCarriesNoQuote() {
        Edge pd1 = edge("PDCD1LG2", Relation.LIGAND_OF, "PDCD1");
        assertTrue(pd1.isBackgroundOnly());
        assertTrue(pd1.claims().get(0).citation() instanceof Citation.Background);
        for (Claim c : network.claims()) {
            assertEquals(c.evidenceType() == EvidenceType.BACKGROUND, c.citation() instanceof Citation.Background,
                    c.curatedAt().toString());
        }
    }

    @Test
    void everySeedContributesAndEveryNodeIsConnected() {
        Set<String> seeds = network.edges().stream().flatMap(e -> e.seedFiles().stream()).collect(Collectors.toSet());
        assertEquals(network.sources().stream().map(s -> s.file()).collect(Collectors.toSet()), seeds);
        Set<String> connected = new HashSet<>();
        network.edges().forEach(e -> {
            connected.add(e.sourceId());
            connected.add(e.targetId());
        });
        assertEquals(Set.of(), network.nodes().stream().map(Node::id).filter(id -> !connected.contains(id))
                .collect(Collectors.toSet()), "isolated nodes");
    }

    @Test
    void presetLayoutKeepsNodesApart() {
        List<Map.Entry<String, Position>> places = List.copyOf(network.layout().entrySet());
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                Position a = places.get(i).getValue();
                Position b = places.get(j).getValue();
                double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
                assertTrue(d >= 80, places.get(i).getKey() + " and " + places.get(j).getKey() + " are " + d + " apart");
            }
        }
    }

    @Test
    void sourcesAreCitedWithTheirChecksums() {
        assertEquals(5, network.sources().size());
        assertEquals("10.1093/jnci/djab064", network.sources().get(1).doi());
        network.sources().forEach(s -> assertEquals(64, s.sha256().length()));
    }

    /** What each seed's own text states about it, and "not stated in the seed" for the rest; never a file name. */
    @Test
    void eachSeedIsCitedByWhatItsTextStates() {
        assertEquals(List.of(
                "News report on NK cell-mediated tumour control by a cytostatic drug combination (title not stated in "
                        + "the seed). Author, outlet and year not stated in the seed; it reports Ruscetti M, Leibold J, "
                        + "Bott MJ, et al. NK cell-mediated cytotoxicity contributes to tumor control by a cytostatic "
                        + "drug combination. Science. 2018;362(6421):1416-1422, and Cornen S, Vivier E. Chemotherapy and "
                        + "tumor immunity: Inducing senescence in tumor cells stimulates antitumor innate immune "
                        + "responses. Science. 2018;362(6421):1355-1356. DOI not stated in the seed.",
                "Therapy-Induced Senescence: Opportunities to Improve Anticancer Therapy. Prasanna P, Citrin D, "
                        + "Hildesheim J, Ahmed M, Venkatachalam S, et al. JNCI: Journal of the National Cancer "
                        + "Institute. 2021;113(10):1285-1298 (HAL record inserm-03547029: abstract). DOI "
                        + "10.1093/jnci/djab064.",
                "Cellular senescence in cancer treatment: friend or foe? Kahlem P, Dörken B, Schmitt CA. J Clin Invest. "
                        + "2004;113(2):169-174 (Perspective Series; journal web page: abstract and Figure 1 legend). DOI "
                        + "10.1172/JCI20784.",
                "Commentary on p53-induced senescence, CCL2 and NKG2D in NK-cell elimination of senescent tumours "
                        + "(title not stated in the seed). Authors, journal and year not stated in the seed; written by "
                        + "the laboratory that studied the hepatocellular carcinoma model of Xue et al. (its reference "
                        + "5). DOI not stated in the seed.",
                "Senescent Tumor Cells Expressing PD-L2 Blunt Chemotherapy Effectiveness. Authors, outlet and year of "
                        + "this summary not stated in the seed; it summarises the author correction to Chaib, "
                        + "López-Domínguez, and colleagues. Nat Cancer. 2024;5(3):448-462 (the original paper, whose DOI "
                        + "is given). DOI 10.1038/s43018-023-00712-x."),
                network.sources().stream().map(SeedSource::reference).toList());
    }

    /** Every DOI and year a citation gives is in its seed's text, as the seed states it. */
    @Test
    void theCitationsClaimNothingTheirSeedDoesNotState() throws Exception {
        for (SeedSource s : network.sources()) {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("seeds", s.file()));
            if (!s.doi().isEmpty()) {
                assertTrue(text.contains(s.doi()), s.file() + " does not state " + s.doi());
            }
            java.util.regex.Matcher years = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b")
                    .matcher(s.citation());
            while (years.find()) {
                assertTrue(text.contains(years.group()), s.file() + " does not state the year " + years.group());
            }
        }
    }

    private static Edge edge(String source, Relation relation, String target) {
        return network.edges().stream()
                .filter(e -> e.sourceId().equals(source) && e.targetId().equals(target) && e.relation() == relation)
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " " + relation + " " + target));
    }

    private static List<String> quotes(Edge e) {
        return e.claims().stream().map(Claim::citation).filter(Citation.SeedQuote.class::isInstance)
                .map(c -> ((Citation.SeedQuote) c).quote()).toList();
    }
}
