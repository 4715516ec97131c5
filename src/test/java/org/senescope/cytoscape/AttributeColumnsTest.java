package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.cytoscape.model.CyRow;
import org.junit.jupiter.api.Test;
import org.senescope.failure.BadRequestException;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;

/** Writing attribute tables into Cytoscape tables: types, reuse, replacement, missing values, cancellation. */
class AttributeColumnsTest {

    private final MemoryTable table = new MemoryTable("name", "shared name");

    private static AttributeTable table(Column column, AttributeValue... values) {
        List<AttributeTable.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(new AttributeTable.Row("n" + i, List.of(values[i])));
        }
        return new AttributeTable(List.of(column), rows);
    }

    private Map<String, CyRow> rows() {
        return Map.of("n0", table.getRow(1L), "n1", table.getRow(2L));
    }

    @Test
    void writesEachTypeAsItsJavaClassInTheSenescopeNamespace() {
        AttributeColumns.write(table(new Column("claim_count", ColumnType.INTEGER, "count"), AttributeValue.of(3),
                AttributeValue.of(4)), table, rows(), () -> false);
        AttributeColumns.write(table(new Column("aliases", ColumnType.STRING_LIST, "aliases"),
                AttributeValue.of(List.of("p21", "WAF1")), AttributeValue.of(List.of())), table, rows(), () -> false);
        assertEquals(Integer.class, table.getColumn("senescope::claim_count").getType());
        assertEquals(4, table.getRow(2L).get("senescope::claim_count", Integer.class));
        assertEquals(List.of("p21", "WAF1"), table.getRow(1L).getList("senescope::aliases", String.class));
    }

    @Test
    void replacesAColumnOfAnotherTypeAndReusesOneOfTheSameType() {
        table.createColumn("senescope::score", String.class, false);
        table.getRow(1L).set("senescope::score", "high");
        Column score = new Column("score", ColumnType.DOUBLE, "score");
        AttributeColumns.write(table(score, AttributeValue.ofDecimal(1.5), AttributeValue.ofDecimal(Double.NaN)),
                table, rows(), () -> false);
        assertEquals(Double.class, table.getColumn("senescope::score").getType());
        assertEquals(1.5, table.getRow(1L).get("senescope::score", Double.class));
        assertFalse(table.getRow(2L).isSet("senescope::score"), "a missing value leaves the cell empty");
        AttributeColumns.write(table(score, AttributeValue.ofDecimal(Double.NaN), AttributeValue.ofDecimal(2.0)),
                table, rows(), () -> false);
        assertFalse(table.getRow(1L).isSet("senescope::score"), "and clears what was there");
        assertEquals(1, table.columnNames().stream().filter(n -> n.equals("senescope::score")).count());
    }

    @Test
    void refusesToRetypeOneOfCytoscapesOwnColumns() {
        table.deleteColumn("name");
        table.createColumn("name", Integer.class, false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AttributeColumns.write(
                table(new Column("name", ColumnType.STRING, "label"), AttributeValue.of("p21")), table, rows(),
                () -> false));
        assertEquals("Cytoscape's column 'name' is Integer, not STRING", e.getMessage());
    }

    @Test
    void stopsBetweenRowsWhenCancelled() {
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> AttributeColumns.write(
                table(new Column("kind", ColumnType.STRING, "kind"), AttributeValue.of("gene"), AttributeValue.of("gene")),
                table, rows(), () -> asked.incrementAndGet() > 1));
        assertEquals("gene", table.getRow(1L).get("senescope::kind", String.class));
        assertFalse(table.getRow(2L).isSet("senescope::kind"));
    }

    @Test
    void namesTheNetworkArgumentsItCannotResolve() {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        NetworkChoice choice = cytoscape.services().networkChoice();
        assertEquals("There is no current network: build one with Apps > Senescope > Build senescence–immunity "
                + "network first", assertThrows(BadRequestException.class, () -> choice.resolve("current"))
                .getMessage());
        assertEquals("network: no network has SUID 42",
                assertThrows(BadRequestException.class, () -> choice.resolve("SUID:42")).getMessage());
        assertEquals("network: expected 'current' or 'SUID:<number>', found 'mine'",
                assertThrows(BadRequestException.class, () -> choice.resolve("mine")).getMessage());
    }
}
