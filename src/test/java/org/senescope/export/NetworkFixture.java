package org.senescope.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.Confidence;
import org.senescope.model.Edge;
import org.senescope.model.EdgeKey;
import org.senescope.model.EvidenceType;
import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.Position;
import org.senescope.model.Relation;
import org.senescope.model.SeedSource;
import org.senescope.model.Sign;
import org.senescope.model.SourceLine;
import org.senescope.model.Species;

/**
 * A small network with one of each thing the writers must get right: a gene with Entrez and Ensembl ids, a gene
 * family, a cell type, a phenotype, an isolated drug class; a positive edge of two claims whose first quote needs
 * escaping in every format, a negative edge, a negative finding, a background-only edge and an undirected edge.
 */
public final class NetworkFixture {

    /** Quotes, angle brackets, an ampersand and non-ASCII punctuation: what XML, JSON and TSV must carry intact. */
    public static final String TRICKY_QUOTE = "p53 \"activates\" <p21> & it’s key – in 5′ UTR";
    public static final String SEED_A = "003_662adfca3ea2fe09.txt";
    public static final String SEED_B = "001_a08174395840cfc2.txt";
    public static final String SEED_C = "000_4e315b57901a7942.txt";

    public static final String POSITIVE = "TP53 (induces expression of) CDKN1A";
    public static final String NEGATIVE = "TP53 (inhibits) sasp";
    public static final String NEGATIVE_FINDING = "NKG2D_ligands (not required for) sasp";
    public static final String BACKGROUND = "NKG2D_ligands (ligand of) nk_cell";
    public static final String UNDIRECTED = "sasp (associated with) nk_cell";

    private NetworkFixture() {
    }

    public static Network network() {
        List<Node> nodes = List.of(
                new Node("TP53", "p53 (TP53)", NodeKind.GENE, List.of("TP53"), List.of("7157"),
                        List.of("ENSG00000141510"), List.of("Trp53"), List.of("p53", "Trp53"),
                        List.of("p53_p21_arrest"), "Tumour protein p53 – a transcription factor"),
                new Node("CDKN1A", "p21 (CDKN1A)", NodeKind.GENE, List.of("CDKN1A"), List.of("1026"),
                        List.of("ENSG00000124762"), List.of("Cdkn1a"), List.of("p21", "p21CIP1"),
                        List.of("p53_p21_arrest"), ""),
                new Node("NKG2D_ligands", "NKG2D ligands", NodeKind.GENE_FAMILY, List.of("MICA", "MICB"),
                        List.of("100507436", "4277"), List.of("ENSG00000204520", "ENSG00000204516"),
                        List.of("Raet1e"), List.of("NKG2DL"), List.of(), "Stress-induced ligands of NKG2D"),
                new Node("nk_cell", "NK cell", NodeKind.CELL_TYPE, List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), "Natural killer cell"),
                new Node("sasp", "SASP", NodeKind.PHENOTYPE, List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of("p53_p21_arrest"), "Senescence-associated secretory phenotype"),
                new Node("senolytics", "Senolytics", NodeKind.DRUG_CLASS, List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), "Drugs that kill senescent cells"));
        List<Edge> edges = List.of(
                edge("TP53", "CDKN1A", Relation.INDUCES_EXPRESSION_OF, Sign.POSITIVE, true,
                        claim("TP53", "CDKN1A", Relation.INDUCES_EXPRESSION_OF, Sign.POSITIVE, true,
                                EvidenceType.SEED_FINDING, new Citation.SeedQuote(SEED_A, TRICKY_QUOTE),
                                Species.HUMAN, "IMR-90 fibroblasts", Confidence.STATED, "", 2),
                        claim("TP53", "CDKN1A", Relation.INDUCES_EXPRESSION_OF, Sign.POSITIVE, true,
                                EvidenceType.CITED_PRIOR_WORK, new Citation.SeedQuote(SEED_B, "p53 transactivates p21"),
                                Species.MOUSE, "", Confidence.IMPLIED, "read from figure 2", 3)),
                edge("TP53", "sasp", Relation.INHIBITS, Sign.NEGATIVE, true,
                        claim("TP53", "sasp", Relation.INHIBITS, Sign.NEGATIVE, true, EvidenceType.REVIEW_CLAIM,
                                new Citation.SeedQuote(SEED_B, "p53 restrains the SASP"), Species.UNSPECIFIED, "",
                                Confidence.STATED, "", 4)),
                edge("NKG2D_ligands", "sasp", Relation.NOT_REQUIRED_FOR, Sign.NONE, true,
                        claim("NKG2D_ligands", "sasp", Relation.NOT_REQUIRED_FOR, Sign.NONE, true,
                                EvidenceType.NEGATIVE_FINDING,
                                new Citation.SeedQuote(SEED_A, "NKG2D ligands were not required for the SASP"),
                                Species.MOUSE, "KRAS-mutant lung tumours", Confidence.STATED, "", 5)),
                edge("NKG2D_ligands", "nk_cell", Relation.LIGAND_OF, Sign.NONE, true,
                        claim("NKG2D_ligands", "nk_cell", Relation.LIGAND_OF, Sign.NONE, true,
                                EvidenceType.BACKGROUND,
                                new Citation.Background("NKG2D ligands bind the activating receptor NKG2D on NK cells"),
                                Species.HUMAN, "", Confidence.STATED, "", 6)),
                edge("sasp", "nk_cell", Relation.ASSOCIATED_WITH, Sign.NONE, false,
                        claim("sasp", "nk_cell", Relation.ASSOCIATED_WITH, Sign.NONE, false, EvidenceType.HYPOTHESIS,
                                new Citation.SeedQuote(SEED_C, "the SASP may attract NK cells"), Species.UNSPECIFIED,
                                "", Confidence.IMPLIED, "", 7)));
        Map<String, Position> layout = Map.of(
                "TP53", new Position(-150.0, 0.0),
                "CDKN1A", new Position(150.5, -20.25),
                "NKG2D_ligands", new Position(0.0, 120.0),
                "nk_cell", new Position(300.0, 240.125),
                "sasp", new Position(-300.0, 240.0),
                "senolytics", new Position(1000.0, -0.5));
        List<SeedSource> sources = List.of(
                new SeedSource(SEED_A, "Senescence “surveillance”", "Doe J, Roe R. Nature. 2020;1:2-3",
                        "10.1038/example", "aa11"),
                new SeedSource(SEED_B, "Therapy-Induced Senescence", "Prasanna P. JNCI. 2021", "10.1093/jnci/djab064",
                        "bb22"),
                new SeedSource(SEED_C, "News report", "Unnamed outlet", "", "cc33"));
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("senescope version", "0.1.0");
        provenance.put("hgnc snapshot", "2024-06-01");
        provenance.put("name", "a provenance key that clashes with a column");
        return new Network("Senescence & immunity", nodes, edges,
                List.of(new Module("p53_p21_arrest", "p53–p21 arrest", "The ARF–p53–p21 axis")),
                layout, sources, provenance);
    }

    private static Edge edge(String source, String target, Relation relation, Sign sign, boolean directed,
            Claim... claims) {
        return new Edge(new EdgeKey(source, target, relation), sign, directed, List.of(claims));
    }

    private static Claim claim(String source, String target, Relation relation, Sign sign, boolean directed,
            EvidenceType type, Citation citation, Species species, String model, Confidence confidence, String note,
            long line) {
        return new Claim(source, target, relation, sign, directed, type, citation, species, model, confidence, note,
                new SourceLine("claims.tsv", line));
    }
}
