package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.senescope.failure.InputFormatException;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.read.table.TableOptions;

/**
 * A table streamed (read row by row, its report rows recomputed when written) maps exactly as the same table read
 * whole: same report bytes, node table and summary, on the shared real data.
 */
class OverlayStreamingTest {

    @TempDir
    Path tmp;

    private static MappedOverlay map(long wholeMaxBytes, OverlayOptions options, Path... files) throws IOException {
        List<OverlaySource> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(InputTableReader.open(f, TableOptions.defaults(), wholeMaxBytes));
        }
        return OverlayFixtures.mapper().mapSources(sources, options);
    }

    private static byte[] report(MappedOverlay result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OverlayTableWriter.writeReport(result.report(), out);
        return out.toByteArray();
    }

    private static byte[] nodes(MappedOverlay result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OverlayTableWriter.writeNodes(OverlayFixtures.NETWORK, result, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"liver-deseq2/HS_DESeq2_genesymb.tsv", "mouse-th1/naive.vs.th1.rnk",
            "mouse-th1/gse14308_expression_matrix.tsv"})
    void aStreamedTableMapsAsTheSameTableReadWhole(String name) throws IOException {
        Path file = OverlayFixtures.DATA.resolve(name);
        MappedOverlay whole = map(Long.MAX_VALUE, OverlayOptions.defaults(), file);
        MappedOverlay streamed = map(0, OverlayOptions.defaults(), file);
        assertArrayEquals(report(whole), report(streamed));
        assertArrayEquals(nodes(whole), nodes(streamed));
        assertEquals(whole.report().summary(), streamed.report().summary());
        assertEquals(whole.report().rows().list(), streamed.report().rows().list());
    }

    @Test
    void twoStreamedTablesUnderTheMeanRuleMapAsReadWhole() throws IOException {
        Path hs = OverlayFixtures.DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv");
        Path sn = OverlayFixtures.DATA.resolve("liver-deseq2/SN_DESeq2_genesymb.tsv");
        OverlayOptions mean = OverlayOptions.defaults().withDuplicates(DuplicateRule.MEAN);
        MappedOverlay whole = map(Long.MAX_VALUE, mean, hs, sn);
        MappedOverlay streamed = map(0, mean, hs, sn);
        assertArrayEquals(report(whole), report(streamed));
        assertArrayEquals(nodes(whole), nodes(streamed));
        assertEquals(38_106, streamed.report().rows().size());
    }

    @Test
    void aTextValueIsLocatedInAStreamedTable() throws IOException {
        Path file = tmp.resolve("de.tsv");
        Files.writeString(file, "gene\tlog2FoldChange\tpadj\nTP53\t1.5\t0.01\nCDKN1A\t-1\t0.2\nIL6\tabc\t0.3\n",
                StandardCharsets.UTF_8);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> map(0, OverlayOptions.defaults(), file));
        assertEquals(file + ":4:2: column 'log2FoldChange': expected a number, found 'abc'", e.getMessage());
    }

    @Test
    void aTableChangedBeforeItsReportIsWrittenIsRefused() throws IOException {
        Path file = tmp.resolve("de.tsv");
        Files.writeString(file, "gene\tlog2FoldChange\tpadj\nTP53\t1.5\t0.01\nCDKN1A\t-1\t0.2\n",
                StandardCharsets.UTF_8);
        MappedOverlay result = map(0, OverlayOptions.defaults(), file);
        Files.writeString(file, "gene\tlog2FoldChange\tpadj\nTP53\t1.5\t0.01\n", StandardCharsets.UTF_8);
        InputFormatException e = assertThrows(InputFormatException.class, () -> report(result));
        assertEquals(file + ": changed while it was being read for the mapping report; expected a file that stays "
                + "the same until the overlay is written", e.getMessage());
    }
}
