package org.senescope.genes.hgnc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;

class HgncFileReaderTest {
    /**
     * Header and six real genes in HGNC's 13-column order; line 4 is short, line 6 has its 13 fields but no UniProt ID
     * and no HGNC ID, line 7 is empty.
     */
    static final String SAMPLE = "/org/senescope/genes/hgnc/hgnc-sample.tsv";

    @TempDir
    Path dir;

    static HgncReadResult readSample(RejectPolicy policy) throws IOException {
        try (InputStream in = HgncFileReaderTest.class.getResourceAsStream(SAMPLE)) {
            return new HgncFileReader(policy).read(in, "hgnc-sample.tsv");
        }
    }

    @Test
    void skipReportsEveryLineThatIsNotAGene() throws IOException {
        HgncReadResult result = readSample(RejectPolicy.SKIP);
        assertEquals(List.of(
                "hgnc-sample.tsv:4: expected 13 tab-separated fields, found 6",
                "hgnc-sample.tsv:6:13: expected an HGNC ID, found an empty field",
                "hgnc-sample.tsv:7: expected 13 tab-separated fields, found 1 (empty line)"),
                result.rejectedLines().stream().map(RejectedLine::toString).toList());
        assertEquals(List.of(4L, 6L, 7L), result.rejectedLines().stream().map(RejectedLine::lineNumber).toList());
        assertEquals(List.of(0, 13, 0), result.rejectedLines().stream().map(RejectedLine::column).toList());
        assertEquals(List.of(6, 13, 1), result.rejectedLines().stream().map(RejectedLine::fieldCount).toList());
        assertEquals(List.of("TP53", "CDKN1A", "CDKN2A", "KLRK1"),
                result.genes().stream().map(HgncGene::approvedSymbol).toList());
        assertEquals(7, result.dataLines());
        assertEquals(4, result.acceptedCount());
        assertEquals(3, result.rejectedCount());
    }

    @Test
    void aGeneWithEmptyColumnsBeforeItsIdIsRead() throws IOException {
        HgncGene gene = readText(RejectPolicy.FAIL, "CD274\tCD274 molecule\tApproved\t\t\tB7-H1, PD-L1\t9p24.1\t\t"
                + "605402\tNM_014143\t\t\tHGNC:17635").genes().get(0);
        assertEquals("HGNC:17635", gene.hgncId());
        assertEquals("", gene.ensemblGeneId());
        assertEquals(List.of(), gene.uniprotIds());
        assertEquals(List.of("B7-H1", "PD-L1"), gene.aliasSymbols());
    }

    @Test
    void aLineWithoutApprovedSymbolIsRejectedAtItsColumn() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> readText(RejectPolicy.FAIL,
                "\tname\tApproved\t\t\t\t1p1\t\t\t\t\t\tHGNC:1"));
        assertEquals("text.tsv:2:1: expected an approved symbol, found an empty field", e.getMessage());
        assertEquals(1, e.column());
    }

    @Test
    void aLineWithTooManyFieldsIsRejected() throws IOException {
        HgncReadResult result = readText(RejectPolicy.SKIP, "A\tb\tApproved\t\t\t\t1p1\t\t\t\t\t\tHGNC:1\textra");
        assertEquals(List.of("text.tsv:2: expected 13 tab-separated fields, found 14"),
                result.rejectedLines().stream().map(RejectedLine::toString).toList());
    }

    @Test
    void quotesAreTextAndCrLfEndsLines() throws IOException {
        String text = String.join("\t", HgncFileReader.COLUMNS) + "\r\n"
                + "A\t\"quoted\" name\tApproved\t\t'old\t\t1p1\t\t\t\t\t\tHGNC:1\r\n";
        HgncReadResult result = new HgncFileReader(RejectPolicy.FAIL).read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "crlf.tsv");
        assertEquals("\"quoted\" name", result.genes().get(0).approvedName());
        assertEquals("'old", result.genes().get(0).previousNames());
        assertEquals(1, result.dataLines());
    }

    @Test
    void textIsDecodedAsUtf8WhateverThePlatformCharset() throws IOException {
        HgncGene gene = readText(RejectPolicy.FAIL,
                "A\t\u03b1-synuclein \u2013 \u201cSNCA\u201d\tApproved\t\t\t\t4q22.1\t\t\t\t\t\tHGNC:11138").genes().get(0);
        assertEquals("\u03b1-synuclein \u2013 \u201cSNCA\u201d", gene.approvedName());
    }

    @Test
    void bytesThatAreNotUtf8AreLocatedToTheirField() {
        byte[] header = (String.join("\t", HgncFileReader.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] line = "A\tna\u00efve\tApproved\t\t\t\t1p1\t\t\t\t\t\tHGNC:1\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = new byte[header.length + line.length];
        System.arraycopy(header, 0, text, 0, header.length);
        System.arraycopy(line, 0, text, header.length, line.length);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HgncFileReader(RejectPolicy.SKIP).read(new ByteArrayInputStream(text), "latin1.tsv"));
        assertEquals("latin1.tsv:2:2: not UTF-8 text: bytes that are not UTF-8 (or a U+FFFD replacement character"
                + " an earlier conversion left)", e.getMessage());
    }

    @Test
    void gzipIsReadLikePlainText() throws IOException {
        Path file = dir.resolve("hgnc.txt.gz");
        try (InputStream sample = getClass().getResourceAsStream(SAMPLE);
             GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            sample.transferTo(out);
        }
        HgncReadResult result = new HgncFileReader(RejectPolicy.SKIP).read(file);
        assertEquals(List.of("TP53", "CDKN1A", "CDKN2A", "KLRK1"),
                result.genes().stream().map(HgncGene::approvedSymbol).toList());
        assertEquals(file.toString(), result.file());
    }

    @Test
    void aHeaderWithAFourteenthColumnIsRefused() {
        String header = String.join("\t", HgncFileReader.COLUMNS) + "\tNCBI Gene ID\n";
        InputFormatException e = assertThrows(InputFormatException.class, () -> new HgncFileReader(
                RejectPolicy.SKIP).read(new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8)), "h.tsv"));
        assertEquals("h.tsv:1: expected a header of 13 tab-separated HGNC columns, found 14", e.getMessage());
    }

    private static HgncReadResult readText(RejectPolicy policy, String dataLine) throws IOException {
        String text = String.join("\t", HgncFileReader.COLUMNS) + "\n" + dataLine + "\n";
        return new HgncFileReader(policy).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "text.tsv");
    }

    @Test
    void failStopsAtTheFirstBadLine() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> readSample(RejectPolicy.FAIL));
        assertEquals("hgnc-sample.tsv:4: expected 13 tab-separated fields, found 6", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void fieldsAreAssignedInHgncColumnOrder() throws IOException {
        HgncGene cdkn1a = readSample(RejectPolicy.SKIP).genes().get(1);
        assertEquals("HGNC:1784", cdkn1a.hgncId());
        assertEquals("cyclin dependent kinase inhibitor 1A", cdkn1a.approvedName());
        assertEquals("Approved", cdkn1a.status());
        assertEquals(List.of("CDKN1"), cdkn1a.previousSymbols());
        assertEquals(List.of("P21", "CIP1", "WAF1", "SDI1"), cdkn1a.aliasSymbols());
        assertEquals("6p21.2", cdkn1a.chromosome());
        assertEquals(List.of(), cdkn1a.accessionNumbers());
        assertEquals(List.of("116899"), cdkn1a.omimIds());
        assertEquals(List.of("NM_000389"), cdkn1a.refseqIds());
        assertEquals("ENSG00000124762", cdkn1a.ensemblGeneId());
        assertEquals(List.of("P38936"), cdkn1a.uniprotIds());
    }

    @Test
    void headerInAnotherColumnOrderIsRefused() throws IOException {
        String header = String.join("\t", HgncFileReader.COLUMNS).replace("Approved symbol\tApproved name",
                "Approved name\tApproved symbol");
        Path file = Files.writeString(dir.resolve("hgnc.tsv"), header + "\n");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HgncFileReader(RejectPolicy.SKIP).read(file));
        assertEquals(file + ":1:1: expected HGNC column 'Approved symbol', found 'Approved name'", e.getMessage());
    }

    @Test
    void olderColumnNamesAreAccepted() throws IOException {
        String header = "Approved Symbol\tApproved Name\tStatus\tPrevious Symbols\tPrevious Names\tSynonyms\t"
                + "Chromosome\tAccession Numbers\tOMIM ID (supplied by OMIM)\tRefSeq IDs\tEnsembl Gene ID\t"
                + "UniProt ID (supplied by UniProt)\tHGNC ID";
        HgncReadResult result = new HgncFileReader(RejectPolicy.FAIL).read(
                new ByteArrayInputStream((header + "\n").getBytes(StandardCharsets.UTF_8)), "old.tsv");
        assertEquals(0, result.dataLines());
    }

    @Test
    void overlongLineIsRefusedWhateverThePolicy() throws IOException {
        String text = String.join("\t", HgncFileReader.COLUMNS) + "\n" + "x".repeat(500) + "\n";
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HgncFileReader(RejectPolicy.SKIP, 1_000_000, 400).read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "long.tsv"));
        assertEquals("long.tsv:2: line longer than 400 characters, the most accepted", e.getMessage());
    }

    @Test
    void totalSizeIsCapped() throws IOException {
        String text = String.join("\t", HgncFileReader.COLUMNS) + "\n" + "x\n".repeat(1000);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HgncFileReader(RejectPolicy.SKIP, 1000, 400).read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "big.tsv"));
        assertEquals("big.tsv:1: more than 1000 bytes, the most accepted", e.getMessage());
    }

    @Test
    void emptyFileIsRefused() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HgncFileReader(RejectPolicy.SKIP).read(new ByteArrayInputStream(new byte[0]), "empty.tsv"));
        assertEquals("empty.tsv:1: expected the HGNC header, found an empty file", e.getMessage());
    }

    /** Found by HgncReaderFuzzTest: the JDK's own IOException escaped, which reads as a failure to read the file. */
    @Test
    void bytesThatStartLikeGzipButAreNotAreBadDataOnLineOne() {
        byte[] notGzip = {0x1f, (byte) 0x8b, 0x07, 0x00, 'x'};
        InputFormatException e = assertThrows(InputFormatException.class, () -> new HgncFileReader(RejectPolicy.FAIL)
                .read(new ByteArrayInputStream(notGzip), "hgnc.txt"));
        assertEquals("hgnc.txt:1: starts like gzip but its gzip header cannot be read (Unsupported compression "
                + "method); expected text or gzip text", e.getMessage());
    }
}
