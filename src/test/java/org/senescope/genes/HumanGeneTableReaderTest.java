package org.senescope.genes;

import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HumanGeneTableReaderTest {
    private static final String HEADER =
            "entrez_id\tsymbol\tname\tgene_type\tensembl_gene_ids\tuniprot_ids\taliases\tchromosome\n";
    private static final String TP53 =
            "7157\tTP53\ttumor protein p53\tprotein-coding\tENSG00000141510\tP04637\tLFS1|P53\t17\n";
    private static final String CDKN1A =
            "1026\tCDKN1A\tcyclin dependent kinase inhibitor 1A\tprotein-coding\tENSG00000124762\tP38936\tP21|CIP1\t6\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** The header and {@code count} small genes with Entrez ids 1 to {@code count}. */
    private static String manyGenes(int count) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int id = 1; id <= count; id++) {
            text.append(id).append("\tG").append(id).append("\tgene\tprotein-coding\t\t\t\t1\n");
        }
        return text.toString();
    }

    private static String failure(Path file) {
        return failure(new HumanGeneTableReader(), file);
    }

    private static String failure(HumanGeneTableReader reader, Path file) {
        return assertThrows(InputFormatException.class, () -> reader.read(file)).getMessage();
    }

    @Test
    void readsPlainAndGzipFilesOfTheSameForm() throws IOException {
        Path plain = write("genes.tsv", HEADER + TP53 + CDKN1A);
        Path gz = Files.write(dir.resolve("genes.tsv.gz"), gzip(HEADER + TP53 + CDKN1A));
        for (Path file : List.of(plain, gz)) {
            HumanGeneTable table = new HumanGeneTableReader().read(file);
            assertEquals(2, table.size());
            assertEquals(file.toString(), table.source());
            assertEquals(List.of("LFS1", "P53"), table.bySymbol("TP53").get(0).aliases());
            assertEquals(List.of("CDKN1A"), table.byAlias("p21").stream().map(HumanGene::symbol).toList());
        }
    }

    @Test
    void emptyListFieldsBecomeEmptyLists() throws IOException {
        Path file = write("genes.tsv", HEADER + "3\tA2MP1\talpha-2-macroglobulin pseudogene 1\tpseudo\t\t\tA2MP\t12\n");
        HumanGene gene = new HumanGeneTableReader().read(file).bySymbol("A2MP1").get(0);
        assertEquals(List.of(), gene.ensemblIds());
        assertEquals(List.of(), gene.uniprotIds());
    }

    @Test
    void wrongHeaderNamesLineAndColumn() throws IOException {
        Path file = write("genes.tsv", HEADER.replace("\tname\t", "\tdescription\t") + TP53);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HumanGeneTableReader().read(file));
        assertEquals(file + ":1:3: expected header column 'name', found 'description'", e.getMessage());
        assertEquals(file.toString(), e.file());
        assertEquals(1, e.line());
        assertEquals(3, e.column());
        assertEquals("expected header column 'name', found 'description'", e.reason());
    }

    @Test
    void headerWithAnExtraColumnIsRejected() throws IOException {
        Path file = write("genes.tsv", HEADER.replace("\n", "\textra\n") + TP53);
        assertEquals(file + ":1: expected a header of 8 tab-separated columns, found 9", failure(file));
    }

    @Test
    void raggedRowNamesItsLineAndFieldCount() throws IOException {
        Path file = write("genes.tsv", HEADER + TP53 + "1026\tCDKN1A\tcyclin dependent kinase inhibitor 1A\n");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HumanGeneTableReader().read(file));
        assertEquals(file + ":3: expected 8 tab-separated fields, found 3", e.getMessage());
        assertEquals(0, e.column());
    }

    @Test
    void emptyLineIsARowWithTheWrongFieldCount() throws IOException {
        Path file = write("genes.tsv", HEADER + TP53 + "\n" + CDKN1A);
        assertEquals(file + ":3: expected 8 tab-separated fields, found 1", failure(file));
    }

    @Test
    void nonNumericEntrezIdNamesColumnOne() throws IOException {
        Path file = write("genes.tsv", HEADER + TP53.replace("7157", "7157a"));
        assertEquals(file + ":2:1: expected an Entrez Gene id (a positive integer), found '7157a'", failure(file));
    }

    @Test
    void duplicateEntrezIdNamesBothLines() throws IOException {
        Path file = write("genes.tsv", HEADER + TP53 + CDKN1A + TP53.replace("TP53", "TP53DUP"));
        assertEquals(file + ":4:1: duplicate Entrez Gene id 7157, first on line 2", failure(file));
    }

    @Test
    void emptySymbolNamesColumnTwo() throws IOException {
        Path file = write("genes.tsv", HEADER + TP53.replace("TP53", ""));
        assertEquals(file + ":2:2: expected a gene symbol, found an empty field", failure(file));
    }

    @Test
    void emptyFileSaysAHeaderWasExpected() throws IOException {
        Path file = write("genes.tsv", "");
        assertEquals(file + ":1: expected the header entrez_id <TAB> symbol <TAB> name <TAB> gene_type <TAB> "
                + "ensembl_gene_ids <TAB> uniprot_ids <TAB> aliases <TAB> chromosome, found an empty file",
                failure(file));
    }

    @Test
    void truncatedGzipFailsWithAClearMessage() throws IOException {
        byte[] whole = gzip(HEADER + TP53 + CDKN1A);
        Path file = Files.write(dir.resolve("genes.tsv.gz"), Arrays.copyOf(whole, whole.length - 12));
        assertEquals(file + ":1: gzip data ends early: the file is truncated", failure(file));
    }

    @Test
    void corruptGzipFailsWithAClearMessage() throws IOException {
        byte[] whole = gzip(HEADER + TP53 + CDKN1A);
        for (int i = 12; i < whole.length - 8; i++) {
            whole[i] = (byte) 0xff;
        }
        Path file = Files.write(dir.resolve("genes.tsv.gz"), whole);
        // The words in brackets are zlib's and vary between JDKs.
        assertTrue(failure(file).startsWith(file + ":1: corrupt gzip data ("), failure(file));
    }

    @Test
    void decompressedSizeIsCapped() throws IOException {
        Path file = Files.write(dir.resolve("bomb.tsv.gz"), gzip(manyGenes(2000)));
        HumanGeneTableReader reader = new HumanGeneTableReader(10_000, 1024);
        String message = failure(reader, file);
        // Line 246 was being read when the cap was hit: readers fetch ahead in 8 KiB blocks, so the line named is at
        // or before the one holding byte 10,000 (line 300).
        assertEquals(file + ":246: more than 10000 bytes after decompression, the most accepted", message);
    }

    @Test
    void manyLinesUnderASmallLineCapAreRead() throws IOException {
        Path file = write("genes.tsv", manyGenes(2000));
        assertEquals(2000, new HumanGeneTableReader(1_000_000, 100).read(file).size());
    }

    @Test
    void overlongLineIsCapped() throws IOException {
        Path file = write("genes.tsv", HEADER + TP53.replace("tumor protein p53", "x".repeat(300)));
        HumanGeneTableReader reader = new HumanGeneTableReader(1_000_000, 200);
        assertEquals(file + ":2: line longer than 200 characters, the most accepted", failure(reader, file));
    }

    @Test
    void overlongFieldIsCappedBeforeItIsBuffered() throws IOException {
        Path file = write("genes.tsv", HEADER + TP53.replace("tumor protein p53", "x".repeat(100_000)));
        HumanGeneTableReader reader = new HumanGeneTableReader(1_000_000, 16_384);
        assertEquals(file + ":2: line longer than 16384 characters, the most accepted", failure(reader, file));
    }
}
