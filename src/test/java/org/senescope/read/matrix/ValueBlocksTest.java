package org.senescope.read.matrix;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueBlocksTest {

    @Test
    void aBlockBeyondTheHeapIsRefusedAtTheLineReachedBeforeItIsAllocated() {
        // 1,000 rows of 100 samples: 100,000 values, 1.6 MB held twice plus 96 KB of row names.
        ValueBlocks blocks = new ValueBlocks(3L << 20);
        blocks.next("m.tsv", 2, 1_000, 100);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> blocks.next("m.tsv", 1_002, 1_000, 100));
        assertEquals("m.tsv:1002: a matrix of about 2,000 rows of 100 samples needs about 3 MB of Java heap, more "
                + "than the 3 MB there are; expected a smaller matrix (or a larger heap: java -Xmx)", e.getMessage());
    }

    @Test
    void blocksWithinTheHeapAreJoinedInRowOrder() {
        ValueBlocks blocks = new ValueBlocks(1L << 20);
        double[] first = blocks.next("m.tsv", 2, 2, 2);
        first[0] = 1;
        first[1] = 2;
        first[2] = 3;
        first[3] = 4;
        double[] second = blocks.next("m.tsv", 4, 2, 2);
        second[0] = 5;
        second[1] = 6;
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, blocks.joined(6, 4));
    }

    @Test
    void aSingleBlockThatIsNearlyFullIsAdoptedWithoutACopy() {
        ValueBlocks blocks = new ValueBlocks(1L << 20);
        double[] only = blocks.next("m.tsv", 2, 16, 1);
        assertSame(only, blocks.joined(16, 4));
    }
}
