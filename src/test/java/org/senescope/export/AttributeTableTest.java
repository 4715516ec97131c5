package org.senescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.senescope.model.Network;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.table.Columns;

class AttributeTableTest {

    private final Network network = NetworkFixture.network();

    @Test
    void nodeColumnsAreNamedAndTypedOnce() {
        AttributeTable nodes = AttributeTables.nodes(network);
        assertEquals(Map.ofEntries(
                Map.entry("name", ColumnType.STRING),
                Map.entry("senescope_id", ColumnType.STRING),
                Map.entry("kind", ColumnType.STRING),
                Map.entry("hgnc_symbols", ColumnType.STRING_LIST),
                Map.entry("entrez_ids", ColumnType.STRING_LIST),
                Map.entry("ensembl_ids", ColumnType.STRING_LIST),
                Map.entry("mouse_symbols", ColumnType.STRING_LIST),
                Map.entry("aliases", ColumnType.STRING_LIST),
                Map.entry("modules", ColumnType.STRING_LIST),
                Map.entry("module_labels", ColumnType.STRING_LIST),
                Map.entry("description", ColumnType.STRING)), types(nodes));
        assertEquals("name", nodes.columns().get(0).name(), "Cytoscape's display column comes first");
        assertEquals(List.of("TP53", "CDKN1A", "NKG2D_ligands", "nk_cell", "sasp", "senolytics"),
                nodes.rows().stream().map(AttributeTable.Row::elementId).toList());
    }

    @Test
    void nodeValuesComeFromTheModel() {
        AttributeTable nodes = AttributeTables.nodes(network);
        AttributeTable.Row family = nodes.rows().get(2);
        assertEquals(AttributeValue.of("NKG2D ligands"), nodes.value(family, Columns.NAME));
        assertEquals(AttributeValue.of("NKG2D_ligands"), nodes.value(family, Columns.SENESCOPE_ID));
        assertEquals(AttributeValue.of("gene family"), nodes.value(family, Columns.KIND));
        assertEquals(AttributeValue.of(List.of("MICA", "MICB")), nodes.value(family, Columns.HGNC_SYMBOLS));
        assertEquals(AttributeValue.of(List.of("100507436", "4277")), nodes.value(family, Columns.ENTREZ_IDS));
        assertEquals(AttributeValue.of(List.of("Raet1e")), nodes.value(family, Columns.MOUSE_SYMBOLS));
        assertEquals(AttributeValue.of(List.of("p53–p21 arrest")),
                nodes.value(nodes.rows().get(0), Columns.MODULE_LABELS));
    }

    @Test
    void edgeColumnsCarryEveryClaimsEvidence() {
        AttributeTable edges = AttributeTables.edges(network);
        assertEquals(ColumnType.INTEGER, edges.column(Columns.CLAIM_COUNT).orElseThrow().type());
        assertEquals(ColumnType.BOOLEAN, edges.column(Columns.NEGATIVE_FINDING).orElseThrow().type());
        AttributeTable.Row positive = edges.rows().get(0);
        assertEquals(NetworkFixture.POSITIVE, positive.elementId());
        assertEquals(AttributeValue.of(NetworkFixture.POSITIVE), edges.value(positive, Columns.NAME));
        assertEquals(AttributeValue.of("induces expression of"), edges.value(positive, Columns.INTERACTION));
        assertEquals(AttributeValue.of("+"), edges.value(positive, Columns.SIGN));
        assertEquals(AttributeValue.of(2), edges.value(positive, Columns.CLAIM_COUNT));
        assertEquals(AttributeValue.of(List.of(NetworkFixture.TRICKY_QUOTE, "p53 transactivates p21")),
                edges.value(positive, Columns.EVIDENCE_QUOTES));
        assertEquals(AttributeValue.of(List.of(NetworkFixture.SEED_A, NetworkFixture.SEED_B)),
                edges.value(positive, Columns.EVIDENCE_QUOTE_SEED_FILES));
        assertEquals(AttributeValue.of(List.of("finding reported in the seed", "prior work the seed cites")),
                edges.value(positive, Columns.EVIDENCE_TYPES));
        assertEquals(AttributeValue.of(List.of("human", "mouse")), edges.value(positive, Columns.SPECIES));
        assertEquals(AttributeValue.of(List.of("IMR-90 fibroblasts")), edges.value(positive, Columns.MODELS));
        assertEquals(AttributeValue.of(List.of("stated", "implied")), edges.value(positive, Columns.CONFIDENCE));
        assertEquals(AttributeValue.of(List.of("read from figure 2")), edges.value(positive, Columns.CURATOR_NOTES));
        assertEquals(AttributeValue.of(List.of("claims.tsv:2", "claims.tsv:3")),
                edges.value(positive, Columns.CURATION_REFS));
    }

    @Test
    void flagsTellNegativeFindingsAndBackgroundApart() {
        AttributeTable edges = AttributeTables.edges(network);
        AttributeTable.Row negativeFinding = edges.rows().get(2);
        assertEquals(AttributeValue.of(true), edges.value(negativeFinding, Columns.NEGATIVE_FINDING));
        assertEquals(AttributeValue.of(false), edges.value(negativeFinding, Columns.BACKGROUND_ONLY));
        assertEquals(AttributeValue.of("0"), edges.value(negativeFinding, Columns.SIGN));
        AttributeTable.Row background = edges.rows().get(3);
        assertEquals(AttributeValue.of(true), edges.value(background, Columns.BACKGROUND_ONLY));
        assertEquals(AttributeValue.of(List.of()), edges.value(background, Columns.EVIDENCE_QUOTES));
        assertEquals(AttributeValue.of(List.of()), edges.value(background, Columns.SEED_FILES));
        assertEquals(AttributeValue.of(List.of("NKG2D ligands bind the activating receptor NKG2D on NK cells")),
                edges.value(background, Columns.BACKGROUND_STATEMENTS));
        assertEquals(AttributeValue.of(false), edges.value(edges.rows().get(4), Columns.DIRECTED));
    }

    @Test
    void networkRowHoldsProvenanceAndSeedsWithoutClashes() {
        AttributeTable table = AttributeTables.network(network);
        AttributeTable.Row row = table.rows().get(0);
        assertEquals(List.of("name", "description", "senescope_version", "hgnc_snapshot", "provenance_name",
                "seed_files", "seed_titles", "seed_citations", "seed_dois", "seed_sha256"),
                table.columns().stream().map(Column::name).toList());
        assertEquals(AttributeValue.of("Senescence & immunity"), table.value(row, Columns.NAME));
        assertEquals(AttributeValue.of("a provenance key that clashes with a column"),
                table.value(row, "provenance_name"));
        assertEquals(AttributeValue.of(List.of("10.1038/example", "10.1093/jnci/djab064", "")),
                table.value(row, Columns.SEED_DOIS));
        assertTrue(table.value(row, Columns.DESCRIPTION).flatText().contains("6 nodes and 5 edges merging 6 curated"
                + " claims from 3 seed documents"), table.value(row, Columns.DESCRIPTION).flatText());
    }

    @Test
    void aProvenanceDescriptionIsTheNetworkDescription() {
        Map<String, String> provenance = new LinkedHashMap<>(network.provenance());
        provenance.put("description", "What the curator says the network is");
        Network described = new Network(network.name(), network.nodes(), network.edges(), network.modules(),
                network.layout(), network.sources(), provenance);
        AttributeTable table = AttributeTables.network(described);
        assertEquals(AttributeValue.of("What the curator says the network is"),
                table.value(table.rows().get(0), Columns.DESCRIPTION));
        assertEquals(1, table.columns().stream().filter(c -> c.name().contains("description")).count());
    }

    @Test
    void provenanceKeysBecomePlainDistinctColumnNames() {
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("HGNC snapshot (date)", "1");
        provenance.put("a b", "2");
        provenance.put("a_b", "3");
        provenance.put("seed_files", "4");
        provenance.put(" ", "5");
        Network network = new Network("n", List.of(), List.of(), List.of(), Map.of(), List.of(), provenance);
        AttributeTable table = AttributeTables.network(network);
        assertEquals(List.of("name", "description", "HGNC_snapshot_date_", "a_b", "provenance_a_b",
                "provenance_seed_files", "key", "seed_files", "seed_titles", "seed_citations", "seed_dois",
                "seed_sha256"), table.columns().stream().map(Column::name).toList());
        assertEquals("provenance: a_b", table.column("provenance_a_b").orElseThrow().description());
    }

    @Test
    void rowsMustMatchTheirColumns() {
        List<Column> columns = List.of(new Column("n", ColumnType.INTEGER, ""));
        assertThrows(IllegalArgumentException.class, () -> new AttributeTable(columns,
                List.of(new AttributeTable.Row("x", List.of(AttributeValue.of("text"))))));
        assertThrows(IllegalArgumentException.class, () -> new AttributeTable(columns,
                List.of(new AttributeTable.Row("x", List.of()))));
    }

    @Test
    void flatTextJoinsListsWithTheListSeparator() {
        assertEquals("a|b", AttributeValue.of(List.of("a", "b")).flatText());
        assertEquals("", AttributeValue.of(List.of()).flatText());
        assertEquals("true", AttributeValue.of(true).flatText());
        assertEquals("12", AttributeValue.of(12).flatText());
    }

    private static Map<String, ColumnType> types(AttributeTable table) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        table.columns().forEach(c -> types.put(c.name(), c.type()));
        return types;
    }
}
