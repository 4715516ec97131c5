package org.senescope.export.sif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.senescope.export.NetworkFixture;
import org.senescope.export.NetworkWriter;
import org.senescope.export.TestDocuments;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.Position;

class SifWriterTest {

    private final Network network = NetworkFixture.network();

    @Test
    void writesOneTabSeparatedLinePerEdgeThenTheIsolatedNodes() throws IOException {
        assertEquals("""
                TP53\tinduces expression of\tCDKN1A
                TP53\tinhibits\tsasp
                NKG2D_ligands\tnot required for\tsasp
                NKG2D_ligands\tligand of\tnk_cell
                sasp\tassociated with\tnk_cell
                senolytics
                """, text(new SifWriter(), network));
    }

    @Test
    void nodeTableIsKeyedBySharedName() throws IOException {
        List<String> lines = lines(AttributeTableWriter.forNodes(), network);
        assertEquals("shared name\tname\tsenescope_id\tkind\thgnc_symbols\tentrez_ids\tensembl_ids\tmouse_symbols"
                + "\taliases\tmodules\tmodule_labels\tdescription", lines.get(0));
        assertEquals("NKG2D_ligands\tNKG2D ligands\tNKG2D_ligands\tgene family\tMICA|MICB\t100507436|4277"
                + "\tENSG00000204520|ENSG00000204516\tRaet1e\tNKG2DL\t\t\tStress-induced ligands of NKG2D", lines.get(3));
        assertEquals("senolytics\tSenolytics\tsenolytics\tdrug class\t\t\t\t\t\t\t\tDrugs that kill senescent cells",
                lines.get(6));
        assertEquals(7, lines.size());
    }

    @Test
    void edgeTableIsKeyedByTheNameCytoscapeGivesSifEdges() throws IOException {
        List<String> lines = lines(AttributeTableWriter.forEdges(), network);
        assertEquals("shared name\tname\tinteraction\trelation\tsign\tdirected\tnegative_finding\tbackground_only"
                + "\tclaim_count\tevidence_types\tevidence_level\tseed_files\tevidence_quotes\tevidence_quote_seed_files"
                + "\tbackground_statements\tspecies\tmodels\tconfidence\tcurator_notes\tcuration_refs", lines.get(0));
        assertEquals(String.join("\t", NetworkFixture.POSITIVE, NetworkFixture.POSITIVE, "induces expression of",
                "induces expression of", "+", "true", "false", "false", "2",
                "finding reported in the seed|prior work the seed cites", "finding reported in the seed",
                NetworkFixture.SEED_A + "|" + NetworkFixture.SEED_B,
                NetworkFixture.TRICKY_QUOTE + "|p53 transactivates p21",
                NetworkFixture.SEED_A + "|" + NetworkFixture.SEED_B, "", "human|mouse", "IMR-90 fibroblasts",
                "stated|implied", "read from figure 2", "claims.tsv:2|claims.tsv:3"), lines.get(1));
        assertEquals(String.join("\t", NetworkFixture.BACKGROUND, NetworkFixture.BACKGROUND, "ligand of", "ligand of",
                "0", "true", "false", "true", "1", "background", "background", "", "", "",
                "NKG2D ligands bind the activating receptor NKG2D on NK cells", "human", "", "stated", "",
                "claims.tsv:6"), lines.get(4));
        for (String sifLine : lines(new SifWriter(), network)) {
            String[] fields = sifLine.split("\t");
            if (fields.length == 3) {
                String cytoscapeName = fields[0] + " (" + fields[1] + ") " + fields[2];
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(cytoscapeName + "\t")), cytoscapeName);
            }
        }
    }

    @Test
    void fieldsNeverBreakTheTable() throws IOException {
        Node awkward = new Node("odd", "odd\tlabel", NodeKind.PROCESS, List.of(), List.of(), List.of(), List.of(),
                List.of("line\none", "two\r\nthree"), List.of(), "tab\there");
        Network withAwkwardText = new Network("n", List.of(awkward), List.of(), List.of(),
                Map.of("odd", new Position(0, 0)), List.of(), Map.of());
        List<String> lines = lines(AttributeTableWriter.forNodes(), withAwkwardText);
        assertEquals(2, lines.size());
        String[] header = lines.get(0).split("\t", -1);
        String[] row = lines.get(1).split("\t", -1);
        assertEquals(header.length, row.length);
        // Escaped by TsvCell (until issue 13 each became a space)
        assertEquals("odd\\tlabel", row[1]);
        assertEquals("line\\none|two\\r\\nthree", row[8]);
        assertEquals("tab\\there", row[11]);
    }

    private static String text(NetworkWriter writer, Network network) throws IOException {
        return new String(TestDocuments.bytes(writer, network), StandardCharsets.UTF_8);
    }

    private static List<String> lines(NetworkWriter writer, Network network) throws IOException {
        String text = text(writer, network);
        assertTrue(text.endsWith("\n") && !text.contains("\r"), "lines end with a line feed");
        return Arrays.asList(text.split("\n"));
    }
}
