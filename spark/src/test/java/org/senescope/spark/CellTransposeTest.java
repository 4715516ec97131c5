package org.senescope.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CellTransposeTest {

    @TempDir
    Path dir;

    @Test
    void entriesByGeneComeOutByCellWithEveryCellAndNoSpillFilesLeft() throws IOException {
        List<String> cells = new ArrayList<>();
        try (CellTranspose t = new CellTranspose("m.mtx", 7, 3, dir)) {
            // by gene, as a csc_matrix: gene 4 in cells 5 and 0, gene 1 in cells 0, 6 and 2; cells 1, 3, 4 empty
            t.add(4, 5, 2.5f);
            t.add(4, 0, 1f);
            t.add(1, 0, 3f);
            t.add(1, 6, 0.25f);
            t.add(1, 2, 7f);
            t.drain((c, g, v) -> cells.add(c + ":" + Arrays.toString(g) + Arrays.toString(v)));
        }
        assertEquals(List.of("0:[1, 4][3.0, 1.0]", "1:[][]", "2:[1][7.0]", "3:[][]", "4:[][]", "5:[4][2.5]",
                "6:[1][0.25]"), cells);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aGeneTwiceInACellIsRefusedAndTheSpillFilesRemoved() throws IOException {
        CellTranspose t = new CellTranspose("m.mtx", 4, 2, dir);
        t.add(3, 1, 1f);
        t.add(3, 3, 1f);
        t.add(3, 1, 2f);
        InputFormatException e = assertThrows(InputFormatException.class, () -> t.drain((c, g, v) -> { }));
        assertEquals("m.mtx: gene 4 of cell 2 more than once; expected each entry once", e.getMessage());
        t.close();
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }
}
