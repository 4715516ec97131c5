package org.senescope.read.gmt;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.GeneSet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.senescope.read.InputLimits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GmtReaderTest {

    private static final Path DATA = Path.of("..", "shared", "data");

    private static GmtFile read(String text) throws IOException {
        return new GmtReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.gmt");
    }

    @Test
    void readsTheCrlfC2FileWithFreeTextDescriptions() throws IOException {
        GmtFile f = new GmtReader().read(DATA.resolve("gsea-p53/c2.symbols.gmt"));
        assertEquals(522, f.sets().size());
        GeneSet first = f.sets().get(0);
        assertEquals("41bbPathway", first.name());
        assertTrue(first.description().startsWith("TNF-type receptor 4-1BB is bound by TRAF1"), first.description());
        assertEquals("IL2", first.genes().get(0));
        assertEquals("MAPK8", first.genes().get(first.genes().size() - 1), "no carriage return left on the last gene");
        f.sets().forEach(s -> s.genes().forEach(g -> assertTrue(!g.contains("\r") && !g.isEmpty(), s.name())));
    }

    @Test
    void readsSenMayoWhoseOnlyLineHasNoFinalNewline() throws IOException {
        GmtFile f = new GmtReader().read(DATA.resolve("genesets/SAUL_SEN_MAYO.v2023.1.Hs.gmt"));
        assertEquals(1, f.sets().size());
        assertEquals("SAUL_SEN_MAYO", f.sets().get(0).name());
        assertEquals(125, f.sets().get(0).genes().size());
    }

    @Test
    void readsTheSenescenceAndHallmarkSets() throws IOException {
        assertEquals(11, new GmtReader().read(DATA.resolve("genesets/senescence_sets.gmt")).sets().size());
        assertEquals(50, new GmtReader().read(DATA.resolve("genesets/h.all.v7.0.symbols.gmt")).sets().size());
    }

    @Test
    void genesRepeatedInASetAreKeptOnceAndReported() throws IOException {
        GmtFile f = read("S1\tdesc\tTP53\tCDKN1A\tTP53\tMDM2\tCDKN1A\n");
        assertEquals(List.of("TP53", "CDKN1A", "MDM2"), f.sets().get(0).genes());
        assertEquals(List.of(new GmtNotice(1, "S1", GmtNotice.Kind.DUPLICATE_GENE, "TP53"),
                new GmtNotice(1, "S1", GmtNotice.Kind.DUPLICATE_GENE, "CDKN1A")), f.notices());
        assertEquals("t.gmt:1: set S1 lists TP53 more than once; kept once", f.notices().get(0).describe("t.gmt"));
    }

    @Test
    void aRepeatedSetNameKeepsTheFirstSetAndReportsTheLine() throws IOException {
        GmtFile f = read("S1\t\tA\tB\r\n\r\nS2\tx\tC\r\nS1\t\tD\r\n");
        assertEquals(List.of("S1", "S2"), f.sets().stream().map(GeneSet::name).toList());
        assertEquals(List.of("A", "B"), f.sets().get(0).genes());
        assertEquals(List.of(new GmtNotice(4, "S1", GmtNotice.Kind.DUPLICATE_SET_NAME, "1")), f.notices());
        assertEquals("t.gmt:4: set name S1 was already used on line 1; this line is skipped",
                f.notices().get(0).describe("t.gmt"));
        assertEquals(1, f.count(GmtNotice.Kind.DUPLICATE_SET_NAME));
    }

    @Test
    void aTrailingTabAndASetWithoutGenesAreAccepted() throws IOException {
        GmtFile f = read("S1\td\tA\tB\t\nS2\td\n");
        assertEquals(List.of("A", "B"), f.sets().get(0).genes());
        assertEquals(List.of(), f.sets().get(1).genes());
    }

    @Test
    void badLinesAreLocatedByLineAndColumn() {
        assertEquals("t.gmt:2:1: expected a gene-set name, found an empty field",
                assertThrows(InputFormatException.class, () -> read("S1\td\tA\n\td\tB\n")).getMessage());
        assertEquals("t.gmt:1:6: expected a tab and a description after the set name ALONE",
                assertThrows(InputFormatException.class, () -> read("ALONE\n")).getMessage());
        assertEquals("t.gmt:1:11: expected a gene in set S1, found an empty field",
                assertThrows(InputFormatException.class, () -> read("S1\tdesc\tA\t\tB\n")).getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() {
        InputStream in = new ByteArrayInputStream(new byte[] {'S', '\t', 'd', '\t', (byte) 0xC3, '\n'});
        assertEquals("t.gmt:1:5: invalid UTF-8: byte 0xC3 at byte 5 of the line; expected a GMT file: "
                + "tab-separated UTF-8 text",
                assertThrows(InputFormatException.class, () -> new GmtReader().read(in, "t.gmt")).getMessage());
        // Latin-1 on line 3 was blamed on line 1 while the decoder read ahead in blocks.
        InputStream latin1 = new ByteArrayInputStream("A\t\tX\r\nB\t\tY\r\nCAF\u00c9\t\tZ\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("t.gmt:3:4: invalid UTF-8: byte 0xC9 at byte 4 of the line; expected a GMT file: "
                + "tab-separated UTF-8 text",
                assertThrows(InputFormatException.class, () -> new GmtReader().read(latin1, "t.gmt")).getMessage());
    }

    @Test
    void aFileWithoutSetsIsAnError() {
        assertEquals("t.gmt: no gene set; expected lines of a set name, a description and genes, separated by tabs "
                + "(GMT)", assertThrows(InputFormatException.class, () -> read("\n\n")).getMessage());
    }

    @Test
    void gzipIsReadAndTheCallersStreamStaysOpen() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("S1\tdesc\tA\tB\n".getBytes(StandardCharsets.UTF_8));
        }
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(zipped.toByteArray())) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        GmtFile f = new GmtReader().read(in, "t.gmt.gz");
        assertEquals(List.of("A", "B"), f.sets().get(0).genes());
        assertFalse(closed[0]);
    }

    @Test
    void inputOverTheLimitIsRefused() {
        InputStream in = new ByteArrayInputStream("S1\tdesc\tA\tB\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("t.gmt: has more than 8 bytes, the input size limit; expected a smaller file",
                assertThrows(InputFormatException.class, () -> new GmtReader(new InputLimits(8, 10, 10))
                        .read(in, "t.gmt")).getMessage());
    }
}
