package org.senescope.bench.io;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.senescope.failure.InputFormatException;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.table.TableOptions;
import org.senescope.read.TextTable;

/**
 * The "60,000-row DESeq2 table parsed": {@link DelimitedTableReader} with every layout property detected,
 * and the same plus all six numeric columns converted (what an overlay does before mapping, which is timed apart).
 * The target is 0.3 s for parsing and mapping together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(1)
public class DeseqTableBenchmark {

    private SyntheticInputs.TempFile input;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        input = SyntheticInputs.TempFile.of(
                dir -> SyntheticInputs.deseq2Tsv(dir.resolve("deseq2.tsv"), 60_000, 5));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        input.delete();
    }

    @Benchmark
    public TextTable parse60000Rows() throws IOException {
        return new DelimitedTableReader(TableOptions.defaults()).read(input.path());
    }

    @Benchmark
    public double parse60000RowsAndNumbers() throws IOException {
        TextTable t = new DelimitedTableReader(TableOptions.defaults()).read(input.path());
        return sum(t);
    }

    private static double sum(TextTable t) throws InputFormatException {
        double s = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 1; c < t.columns().size(); c++) {
                double v = t.number(r, c);
                if (!Double.isNaN(v)) {
                    s += v;
                }
            }
        }
        return s;
    }
}
