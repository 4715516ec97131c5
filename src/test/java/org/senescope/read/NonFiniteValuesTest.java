package org.senescope.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.read.gct.GctReader;
import org.senescope.read.matrix.MatrixReadResult;
import org.senescope.read.matrix.MatrixReader;
import org.senescope.read.rnk.RnkReadResult;
import org.senescope.read.rnk.RnkReader;

/**
 * The matrix, GCT and RNK readers give a number beyond the double range the treatment they give {@code Inf}: counted
 * (or listed) as infinite and never used as a value; {@code NA}, {@code NaN} and the empty cell are missing.
 */
class NonFiniteValuesTest {

    @TempDir
    Path tmp;

    @Test
    void aMatrixCountsOverflowingNumbersWithTheInfinities() throws IOException {
        Path f = Files.writeString(tmp.resolve("m.tsv"), "gene\ta\tb\tc\nX\t1e309\t-1e309\tInf\nY\tNA\t\t1e-400\n");
        MatrixReadResult r = new MatrixReader().read(f);
        assertEquals(3, r.infiniteValues());
        assertEquals(2, r.missingValues());
        assertEquals(Double.NaN, r.matrix().value(0, 0));
        assertEquals(0.0, r.matrix().value(1, 2));
    }

    @Test
    void aGctCountsOverflowingNumbersWithTheInfinities() throws IOException {
        Path f = Files.writeString(tmp.resolve("m.gct"), "#1.2\n2\t2\nName\tDescription\ta\tb\n"
                + "X\tx\t1e309\t-Infinity\nY\ty\tNaN\t2\n");
        MatrixReadResult r = new GctReader().read(f);
        assertEquals(2, r.infiniteValues());
        assertEquals(1, r.missingValues());
    }

    @Test
    void anRnkLeavesOutAnOverflowingStatisticAsItLeavesOutInf() throws IOException {
        Path f = Files.writeString(tmp.resolve("r.rnk"), "A\t1.5\nB\t1e309\nC\tInf\nD\t-2\n");
        RnkReadResult r = new RnkReader().read(f);
        assertEquals(List.of(new SkippedLine(2, "statistic '1e309' of B is not a finite number"),
                new SkippedLine(3, "statistic 'Inf' of C is not a finite number")), r.nonFinite());
        assertEquals(2, r.list().size());
    }
}
