package org.senescope.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senescope.failure.InputFormatException;
import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.read.rnk.DuplicateRule;
import org.senescope.read.cls.ClsReader;
import org.senescope.read.gct.GctReader;
import org.senescope.read.gmt.GmtFile;
import org.senescope.read.gmt.GmtReader;
import org.senescope.read.matrix.MatrixReadResult;
import org.senescope.read.matrix.MatrixReader;
import org.senescope.read.results.ModuleScoreFile;
import org.senescope.read.results.ModuleScoreReader;
import org.senescope.read.rnk.RnkReadResult;
import org.senescope.read.rnk.RnkReader;
import org.senescope.read.samplesheet.SampleSheet;
import org.senescope.read.samplesheet.SampleSheetColumns;
import org.senescope.read.samplesheet.SampleSheetReader;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.table.TableOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What {@link DataReader} promises, for every reader of users' data: the same bytes give the same result from a file
 * and from a stream, plain or gzip; the caller's stream is left open; input over the limit is refused naming the
 * source. (xlsx, which takes a workbook, is checked the same way in {@code XlsxReaderTest}.)
 */
class DataReaderContractTest {

    @TempDir
    Path tmp;

    /** A reader, a valid input in its format, and what of its result must agree. */
    record Case(String name, DataReader<?> reader, String content, Function<Object, String> describe) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("gmt", new GmtReader(), "S1\td\tA\tB\nS2\td\tC\tA\n",
                        r -> ((GmtFile) r).sets().toString() + ((GmtFile) r).notices()),
                new Case("rnk", new RnkReader(), "A\t1.5\nB\t-2\nC\t0.25\n",
                        r -> ((RnkReadResult) r).list().genes() + " " + IntStream.range(0, 3)
                                .mapToObj(i -> Double.toString(((RnkReadResult) r).list().statistic(i))).toList()),
                new Case("gct", new GctReader(), "#1.2\n2\t2\nName\tDescription\ts1\ts2\nA\tna\t1\t2\nB\tna\t3\tNA\n",
                        r -> matrix(((MatrixReadResult) r).matrix()) + ((MatrixReadResult) r).missingValues()),
                new Case("cls", new ClsReader(), "4 2 1\n# ctl drug\n0 0 1 1\n", Object::toString),
                new Case("table", new DelimitedTableReader(), "gene,log2FC\nA,\"1.5\"\nB,2\n",
                        r -> ((TextTable) r).columns() + " " + ((TextTable) r).column(1) + " "
                                + ((TextTable) r).layout().describe().replace("gzip, ", "")),
                new Case("matrix", new MatrixReader(), "gene\ts1\ts2\nA\t1\t2\nB\t3\t4\n",
                        r -> matrix(((MatrixReadResult) r).matrix())),
                new Case("sample sheet", new SampleSheetReader(SampleSheetColumns.detect()),
                        "sample\tgroup\ns1\tWT\ns2\tMUT\n",
                        r -> ((SampleSheet) r).samples() + " " + ((SampleSheet) r).groups()),
                new Case("results", new ModuleScoreReader(Set.of("sasp"), OtherSetPolicy.SKIP),
                        "gene_set\tNES\tp\tq_bh\tsize_in_data\nsasp\t1.5\t0.01\t0.02\t5\nother\t1\t0.5\t0.5\t9\n",
                        r -> ((ModuleScoreFile) r).scores().scores() + " " + ((ModuleScoreFile) r).otherSets()));
    }

    private static String matrix(ExpressionMatrix m) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < m.rowCount(); i++) {
            rows.add(m.rowIds().get(i) + Arrays.toString(m.row(i)));
        }
        return m.sampleNames() + " " + rows;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aFileAndAStreamOfTheSameBytesReadAlike(Case c) throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            byte[] bytes = bytes(c.content(), gzip);
            Path file = Files.write(tmp.resolve(c.name().replace(' ', '-') + (gzip ? ".gz" : "")), bytes);
            Object fromFile = c.reader().read(file);
            ClosingWatch in = new ClosingWatch(bytes);
            Object fromStream = c.reader().read(in, file.toString());
            assertEquals(c.describe().apply(fromFile), c.describe().apply(fromStream), c + (gzip ? " (gzip)" : ""));
            assertFalse(in.closed, c + ": the caller's stream was closed");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aStreamOverTheLimitIsRefusedNamingItsSource(Case c) throws IOException {
        byte[] big = bytes(c.content() + " ".repeat(2 << 20), true);
        DataReader<?> limited = limited(c);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> limited.read(new ByteArrayInputStream(big), "big.gz"));
        assertEquals("big.gz: decompresses to more than 1048576 bytes, the input size limit (a gzip bomb?); "
                + "expected a smaller file", e.getMessage());
    }

    private static DataReader<?> limited(Case c) {
        InputLimits limits = new InputLimits(1 << 20, 10, 10);
        return switch (c.name()) {
            case "gmt" -> new GmtReader(limits);
            case "rnk" -> new RnkReader(BadRowPolicy.FAIL, DuplicateRule.MAX_ABS, limits);
            case "gct" -> new GctReader(limits);
            case "cls" -> new ClsReader(limits);
            case "table" -> new DelimitedTableReader(TableOptions.defaults()
                    .withLimits(limits));
            case "matrix" -> new MatrixReader(TableOptions.defaults().withLimits(limits));
            case "sample sheet" -> new SampleSheetReader(SampleSheetColumns.detect(), limits);
            default -> new ModuleScoreReader(Set.of("sasp"), OtherSetPolicy.SKIP, limits);
        };
    }

    private static byte[] bytes(String text, boolean gzip) throws IOException {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        if (!gzip) {
            return plain;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    /** A stream that records whether it was closed. */
    private static final class ClosingWatch extends FilterInputStream {
        boolean closed;

        ClosingWatch(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
