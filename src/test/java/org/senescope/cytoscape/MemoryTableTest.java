package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.junit.jupiter.api.Test;

/**
 * The test doubles' tables behave as Cytoscape 3.10.3's {@code CyTableImpl} (cytoscape-impl, model-impl) does where
 * the adapter relies on them: list columns, typed reads, immutable columns, and a sub-network's default tables as
 * {@code LocalTableFacade} over the root network's {@code SharedTableFacade}: a column created through one network's
 * default table is a shared (root) column of its whole collection. Messages are Cytoscape's.
 */
class MemoryTableTest {

    private final MemoryNetwork network = new MemoryNetwork();
    private final MemoryTable table = network.getDefaultNodeTable();
    private final CyRow row = network.getRow(network.addNode());

    @Test
    void getListGivesTheStoredListWhoseChangesWriteThrough() {
        table.createListColumn("aliases", String.class, false);
        List<String> given = new ArrayList<>(List.of("p21", "WAF1"));
        row.set("aliases", given);
        given.add("CIP1");
        List<String> stored = row.getList("aliases", String.class);
        assertEquals(List.of("p21", "WAF1"), stored, "set takes a copy");
        assertSame(stored, row.getList("aliases", String.class), "the stored list itself, each time");
        stored.add("SDI1");
        assertEquals(List.of("p21", "WAF1", "SDI1"), row.getList("aliases", String.class));
        assertEquals(stored, row.get("aliases", List.class), "get with List.class reads a list column too");
    }

    @Test
    void getListOfAMissingColumnOrAnEmptyCellIsNull() {
        table.createListColumn("values", Double.class, false);
        assertNull(row.getList("values", Double.class));
        assertNull(row.getList("no such column", Double.class));
    }

    @Test
    void getListRefusesAColumnThatIsNoListOrHoldsAnotherElementType() {
        table.createListColumn("values", Double.class, false);
        assertEquals("'name' is not a List.", assertThrows(IllegalArgumentException.class,
                () -> row.getList("name", String.class)).getMessage());
        assertEquals("invalid list element type for column 'values, found: java.lang.String, expected: "
                + "java.lang.Double.", assertThrows(IllegalArgumentException.class,
                () -> row.getList("values", String.class)).getMessage());
    }

    @Test
    void settingAListChecksItAsCytoscapesPrimitiveListsDo() {
        table.createListColumn("values", Double.class, false);
        table.createListColumn("names", String.class, false);
        assertEquals("value is a java.lang.Double and not a List for column 'values'.",
                assertThrows(IllegalArgumentException.class, () -> row.set("values", 1.0)).getMessage());
        assertEquals("invalid type: class java.lang.Float", assertThrows(IllegalArgumentException.class,
                () -> row.set("values", List.of(1.0f))).getMessage());
        assertThrows(ClassCastException.class, () -> row.set("values", List.of(1, 2)));
        assertThrows(ClassCastException.class, () -> row.set("values", List.of(1.0, "2")));
        assertNull(row.getList("values", Double.class), "a refused list leaves the cell as it was");
        row.set("values", List.of());
        assertEquals(List.of(), row.getList("values", Double.class));
        // Cytoscape's String lists are plain copies: other table types pass unchecked.
        row.set("names", List.of("a", 2));
        assertEquals(2, row.getList("names", String.class).size());
    }

    @Test
    void aTypedReadFailsOnlyWhenTheCellHoldsAValue() {
        table.createColumn("score", Double.class, false);
        assertNull(row.get("score", Integer.class), "an empty cell reads as null whatever the type");
        row.set("score", 2.5);
        assertThrows(ClassCastException.class, () -> row.get("score", Integer.class));
        assertEquals(2.5, row.get("score", Number.class));
        assertEquals("value of \"score\" is not of type class java.lang.Double", assertThrows(
                IllegalArgumentException.class, () -> row.set("score", 2)).getMessage());
        assertEquals("invalid type: class java.lang.Float", assertThrows(IllegalArgumentException.class,
                () -> row.set("score", 2.5f)).getMessage());
    }

    @Test
    void theSharedKeyAndLocalColumnsCannotBeDeletedButCreatedOnesCan() {
        assertEquals("cannot delete immutable column \"shared name\".", assertThrows(IllegalArgumentException.class,
                () -> table.deleteColumn("shared name")).getMessage());
        assertEquals("cannot delete immutable column \"shared interaction\".", assertThrows(
                IllegalArgumentException.class, () -> network.getDefaultEdgeTable().deleteColumn("shared interaction"))
                .getMessage());
        // DefaultTablesNetwork creates name and selected (and interaction) immutable in the network's local table.
        for (String local : List.of("SUID", "name", "selected")) {
            assertThrows(IllegalArgumentException.class, () -> table.deleteColumn(local), local);
        }
        assertThrows(IllegalArgumentException.class, () -> network.getDefaultEdgeTable().deleteColumn("interaction"));
        table.createColumn("made", String.class, false);
        table.deleteColumn("made");
        table.deleteColumn("no such column");
        assertEquals(List.of("SUID", "shared name", "name", "selected"), table.columnNames());
    }

    @Test
    void anotherCollectionDoesNotSeeTheColumn() {
        MemoryNetwork other = new MemoryNetwork();
        CyNode node = other.addNode();
        table.createColumn("senescope::kind", String.class, false);
        assertTrue(table.columnNames().contains("senescope::kind"));
        assertFalse(other.getDefaultNodeTable().columnNames().contains("senescope::kind"));
        // The order DefaultTablesNetwork gives: SUID, the shared columns (virtual), then name, selected, interaction.
        assertEquals(List.of("SUID", "shared name", "name", "selected"), other.getDefaultNodeTable().columnNames());
        assertEquals(List.of("SUID", "shared name", "shared interaction", "name", "selected", "interaction"),
                other.getDefaultEdgeTable().columnNames());
        assertNull(other.getRow(node).get("shared name", String.class));
    }

    @Test
    void aColumnMadeThroughOneNetworkOfACollectionIsSharedByAllOfIt() {
        CyNode shared = network.getNodeList().get(0);
        row.set("name", "CDKN1A");
        CyNode own = network.addNode();
        table.createListColumn("senescope::aliases", String.class, false);
        row.set("senescope::aliases", List.of("p21"));
        network.getRow(own).set("name", "own");
        MemoryNetwork sub = network.subNetwork(List.of(shared));
        MemoryTable subTable = sub.getDefaultNodeTable();
        assertEquals(List.of("SUID", "shared name", "senescope::aliases", "name", "selected"), subTable.columnNames(),
                "a new network of the collection shows the shared columns made before it");
        assertEquals(List.of("p21"), sub.getRow(shared).getList("senescope::aliases", String.class), "one cell a node");
        subTable.createColumn("senescope::overlay_value", Double.class, false);
        assertTrue(table.columnNames().contains("senescope::overlay_value"), "made through the sub-network");
        sub.getRow(shared).set("senescope::overlay_value", 1.5);
        assertEquals(1.5, row.get("senescope::overlay_value", Double.class));
        assertNull(network.getRow(own).get("senescope::overlay_value", Double.class));
        network.getRow(own).set("senescope::overlay_value", -1.0);
        assertEquals(List.of(shared), sub.getNodeList(), "the node outside the sub-network stays outside it");
        assertEquals("column already exists with name: 'senescope::overlay_value'", assertThrows(
                IllegalArgumentException.class, () -> table.createColumn("senescope::overlay_value", Double.class,
                        false)).getMessage());
        subTable.deleteColumn("senescope::overlay_value");
        assertFalse(table.columnNames().contains("senescope::overlay_value"), "deleted from the whole collection");
        table.createColumn("senescope::overlay_value", Double.class, false);
        assertNull(network.getRow(own).get("senescope::overlay_value", Double.class), "made again, empty");
        assertEquals("CDKN1A", sub.getRow(shared).get("name", String.class), "the name is copied...");
        sub.getRow(shared).set("name", "p21");
        assertEquals("CDKN1A", row.get("name", String.class), "...into the sub-network's own (local) column");
    }
}
