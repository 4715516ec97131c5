package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.genes.MouseOrtholog;
import org.senescope.genes.MouseOrthologTable;
import org.senescope.genes.OrthologType;
import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.Node;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.IdentifierKind;
import org.senescope.model.overlay.RowRecord;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.OverlayOptions;

/** Mouse Ensembl ids and mouse aliases, reaching nodes only through the mouse ortholog table. */
class MouseIdentifierMappingTest {

    private final IdentifierMapper mapper = new IdentifierMapper(OverlayFixtures.GENES,
            new NetworkGenes(OverlayFixtures.NETWORK));

    /** Each row of the report as "line identifier: category [nodes] route". */
    private static List<String> reportLines(String... lines) throws InputFormatException {
        InputTable table = OverlayFixtures.table("mouse.tsv", lines);
        MappingReport report = OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults()).report();
        List<String> out = new ArrayList<>();
        out.add(report.columns().get(0).kind().label() + ": " + report.columns().get(0).evidence());
        for (RowRecord row : report.rows().list()) {
            out.add(row.line() + " " + row.identifier() + ": " + row.outcome().label() + " " + row.nodeIds() + " "
                    + row.detail());
        }
        return out;
    }

    @Test
    void aMouseEnsemblTableVersionedAndNotReachesTheOrthologsNodes() throws InputFormatException {
        assertEquals(List.of(
                "mouse Ensembl gene id: 4 of 4 values are ENSMUSG ids",
                "2 ENSMUSG00000059552.14: used [TP53] mouse Ensembl ENSMUSG00000059552.14 (version 14 dropped) -> MGI "
                        + "symbol Trp53 (mouse; 1:1 ortholog of TP53) -> node TP53",
                "3 ENSMUSG00000023067: used [CDKN1A] mouse Ensembl ENSMUSG00000023067 -> MGI symbol Cdkn1a (mouse; "
                        + "1:1 ortholog of CDKN1A) -> node CDKN1A",
                // Ccl12 is a many:many ortholog of CCL2, but the CCL2 node names mouse Ccl2 only: not collapsed.
                "4 ENSMUSG00000035352.3: gene not on the network [] mouse Ensembl ENSMUSG00000035352.3 (version 3 "
                        + "dropped) -> MGI symbol Ccl12: no node names this mouse gene",
                "5 ENSMUSG00000000001: gene not on the network [] mouse Ensembl ENSMUSG00000000001 is not in the "
                        + "network's ortholog table, which has verified Ensembl ids for 22 of its 34 mouse genes"),
                reportLines("gene_id\tlog2FoldChange\tpadj",
                        "ENSMUSG00000059552.14\t1.5\t0.001",
                        "ENSMUSG00000023067\t2.0\t0.01",
                        "ENSMUSG00000035352.3\t-1.0\t0.2",
                        "ENSMUSG00000000001\t0.5\t0.5"));
    }

    @Test
    void aMouseAliasTableReachesTheNodesOfTheGenesItNames() throws InputFormatException {
        assertEquals(List.of(
                "MGI symbol: 4 of 5 values are written in mouse case (Trp53), 1 in capitals (TP53)",
                // Three family members reach the one family node; each is used as its member cell.
                "2 Mult1: used [NKG2D_ligands] mouse alias Mult1 of MGI "
                        + "symbol Ulbp1 (mouse; many:many ortholog of RAET1E, many:many ortholog of RAET1G, many:many "
                        + "ortholog of RAET1L, many:many ortholog of ULBP1, many:many ortholog of ULBP2, many:many "
                        + "ortholog of ULBP3; a many-to-many family, not one gene) -> node NKG2D_ligands",
                "3 H60: used [NKG2D_ligands] mouse alias H60 of MGI symbol H60a (mouse; a mouse-only gene, no human "
                        + "ortholog) -> node NKG2D_ligands",
                "4 Gm9491: used [NKG2D_ligands] mouse alias Gm9491 of MGI "
                        + "symbol H60c (mouse; a mouse-only gene, no human ortholog) -> node NKG2D_ligands",
                "5 Trp53: used [TP53] MGI symbol Trp53 (mouse; 1:1 ortholog of TP53) -> node TP53",
                "6 Rae1: gene not on the network [] MGI symbol Rae1: no node names this mouse gene"),
                reportLines("gene\tlog2FoldChange\tpadj",
                        "Mult1\t1.0\t0.01",
                        "H60\t2.0\t0.001",
                        "Gm9491\t0.5\t0.2",
                        "Trp53\t-1.0\t0.01",
                        "Rae1\t0.1\t0.9"));
    }

    @Test
    void anAliasOfSeveralMouseGenesIsReportedAndNotUsed() {
        GeneReference shared = new GeneReference(OverlayFixtures.GENES.human(), new MouseOrthologTable(List.of(
                mouseOnly("H60a", "H60"), mouseOnly("H60b", "H60"))));
        IdentifierMatch match = new IdentifierMapper(shared, new NetworkGenes(OverlayFixtures.NETWORK))
                .map("H60", IdentifierKind.MOUSE_SYMBOL);
        assertEquals(RowOutcome.AMBIGUOUS_IDENTIFIER, match.outcome());
        assertEquals("mouse alias H60 names 2 mouse genes (H60a, H60b); none chosen", match.route());
    }

    @Test
    void anOfficialMouseSymbolWinsOverAnotherGenesAlias() {
        GeneReference genes = new GeneReference(OverlayFixtures.GENES.human(), new MouseOrthologTable(List.of(
                mouseOnly("H60a", "H60b"), mouseOnly("H60b", ""))));
        IdentifierMatch match = new IdentifierMapper(genes, new NetworkGenes(OverlayFixtures.NETWORK))
                .map("H60b", IdentifierKind.MOUSE_SYMBOL);
        assertEquals("MGI symbol H60b (mouse; a mouse-only gene, no human ortholog) -> node NKG2D_ligands",
                match.route());
    }

    @Test
    void mouseIdentifiersNeverFallBackToTheHumanGeneTable() {
        // P53 is a human alias of TP53, but no mouse alias of the ortholog table.
        assertEquals("MGI symbol P53: no node names this mouse gene",
                mapper.map("P53", IdentifierKind.MOUSE_SYMBOL).route());
        // TP53's human Ensembl id is not a mouse id, and a mouse id is not in the human table.
        assertEquals(RowOutcome.NOT_ON_NETWORK, mapper.map("ENSG00000141510", IdentifierKind.MOUSE_ENSEMBL).outcome());
        assertEquals(RowOutcome.UNKNOWN_IDENTIFIER,
                mapper.map("ENSMUSG00000059552", IdentifierKind.HUMAN_ENSEMBL).outcome());
    }

    @Test
    void aMouseEnsemblIdOfAManyToManyFamilyKeepsEveryNode() {
        IdentifierMatch ccl2 = mapper.map("ENSMUSG00000035385", IdentifierKind.MOUSE_ENSEMBL);
        assertEquals(List.of("CCL2"), ccl2.nodes().stream().map(Node::id).toList());
        assertEquals("mouse Ensembl ENSMUSG00000035385 -> MGI symbol Ccl2 (mouse; many:many ortholog of CCL2; a "
                + "many-to-many family, not one gene) -> node CCL2", ccl2.route());
    }

    private static MouseOrtholog mouseOnly(String symbol, String alias) {
        return new MouseOrtholog("", "", symbol, "", "", "", alias.isEmpty() ? List.of() : List.of(alias),
                OrthologType.MOUSE_ONLY, "test row");
    }
}
