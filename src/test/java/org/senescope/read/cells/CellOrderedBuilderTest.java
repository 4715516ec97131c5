package org.senescope.read.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;

class CellOrderedBuilderTest {

    private static final List<Feature> GENES = List.of(new Feature("a", "A", Feature.GENE_EXPRESSION),
            new Feature("b", "B", Feature.GENE_EXPRESSION), new Feature("c", "C", Feature.GENE_EXPRESSION));
    private static final List<String> CELLS = List.of("x", "y", "z");

    @Test
    void entriesByCellBecomeTheMatrixWithGenesSortedWithinEachCellAndZerosDropped() {
        CellOrderedBuilder b = CellOrderedBuilder.expecting("m.h5", 3, 3, 5, 1 << 20);
        b.add(2, 0, 3f);
        b.add(0, 0, 1.5f);
        b.add(1, 0, 0f);
        b.add(1, 2, 7f);
        b.add(0, 2, 2f);
        CellMatrix m = b.build(GENES, CELLS);
        assertEquals(4, m.nonZeros());
        assertEquals(List.of(0, 2, 2, 4), List.of(m.start(0), m.end(0), m.start(2), m.end(2)));
        assertEquals(List.of(0, 2, 0, 1), List.of(m.gene(0), m.gene(1), m.gene(2), m.gene(3)));
        assertEquals(List.of(1.5f, 3f, 2f, 7f), List.of(m.value(0), m.value(1), m.value(2), m.value(3)));
        assertEquals(2, m.start(1));
        assertEquals(2, m.end(1));
    }

    @Test
    void aGeneTwiceInOneCellIsRefusedNamingRowAndColumn() {
        CellOrderedBuilder b = CellOrderedBuilder.expecting("m.h5", 3, 3, 3, 1 << 20);
        b.add(2, 1, 1f);
        b.add(0, 1, 1f);
        b.add(2, 1, 4f);
        InputFormatException e = assertThrows(InputFormatException.class, () -> b.build(GENES, CELLS));
        assertEquals("m.h5: row 3, column 2 has more than one entry; expected one value per gene and cell",
                e.getMessage());
    }

    @Test
    void entriesBeyondTheHeapAreRefusedBeforeAllocationAtEightBytesEach() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> CellOrderedBuilder.expecting("m.h5", 3, 3, 1_000_000, 4 << 20));
        assertEquals("m.h5: 1,000,000 non-zero values need about 8 MB of Java heap to read (8 bytes each), more than"
                + " the 4 MB there are; expected a smaller matrix (or a larger heap: java -Xmx)", e.getMessage());
    }
}
