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
 * the adapter relies on them: list columns, typed reads, immutable columns, and a network's default tables holding its
 * own (local) columns beside the root network's shared ones. Messages are Cytoscape's.
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
    void theSharedAndKeyColumnsCannotBeDeletedButLocalOnesCan() {
        assertEquals("cannot delete immutable column \"shared name\".", assertThrows(IllegalArgumentException.class,
                () -> table.deleteColumn("shared name")).getMessage());
        assertEquals("cannot delete immutable column \"shared interaction\".", assertThrows(
                IllegalArgumentException.class, () -> network.getDefaultEdgeTable().deleteColumn("shared interaction"))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> table.deleteColumn("SUID"));
        table.createColumn("local", String.class, false);
        table.deleteColumn("local");
        table.deleteColumn("no such column");
        assertEquals(List.of("SUID", "name", "shared name", "selected"), table.columnNames());
    }

    @Test
    void aColumnCreatedInOneNetworksDefaultTableIsLocalToIt() {
        MemoryNetwork other = new MemoryNetwork();
        CyNode node = other.addNode();
        table.createColumn("senescope::kind", String.class, false);
        assertTrue(table.columnNames().contains("senescope::kind"));
        assertFalse(other.getDefaultNodeTable().columnNames().contains("senescope::kind"));
        assertEquals(List.of("SUID", "name", "shared name", "selected"), other.getDefaultNodeTable().columnNames());
        assertEquals(List.of("SUID", "name", "shared name", "interaction", "shared interaction", "selected"),
                other.getDefaultEdgeTable().columnNames());
        assertNull(other.getRow(node).get("shared name", String.class));
    }
}
