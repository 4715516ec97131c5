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
import org.biojava.nbio.genome.parsers.genename.GeneName;
import org.biojava.nbio.genome.parsers.genename.GeneNamesParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;

class HgncFileReaderTest {
    /** Header and six real genes in HGNC's 13-column order; line 4 is short, line 6 ends in two empty fields. */
    static final String SAMPLE = "/org/senescope/genes/hgnc/hgnc-sample.tsv";

    @TempDir
    Path dir;

    static HgncReadResult readSample(RejectPolicy policy) throws IOException {
        try (InputStream in = HgncFileReaderTest.class.getResourceAsStream(SAMPLE)) {
            return new HgncFileReader(policy).read(in, "hgnc-sample.tsv");
        }
    }

    @Test
    void skipReportsEveryLineBioJavaWouldDropSilently() throws IOException {
        HgncReadResult result = readSample(RejectPolicy.SKIP);
        assertEquals(List.of(
                "hgnc-sample.tsv:4: expected 13 tab-separated fields, found 6",
                "hgnc-sample.tsv:6: expected 13 tab-separated fields, found 11"
                        + " (13 written, but String.split drops the 2 trailing empty ones)",
                "hgnc-sample.tsv:7: expected 13 tab-separated fields, found 1 (empty line)"),
                result.rejectedLines().stream().map(RejectedLine::toString).toList());
        assertEquals(List.of(4L, 6L, 7L), result.rejectedLines().stream().map(RejectedLine::lineNumber).toList());
        assertEquals(List.of(6, 11, 1), result.rejectedLines().stream().map(RejectedLine::fieldCount).toList());
        assertEquals(List.of("TP53", "CDKN1A", "CDKN2A", "KLRK1"),
                result.genes().stream().map(HgncGene::approvedSymbol).toList());
        assertEquals(7, result.dataLines());
        assertEquals(4, result.acceptedCount());
        assertEquals(3, result.rejectedCount());
    }

    @Test
    void bioJavaAloneKeepsTheSameGenesAndSaysNothing() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
            List<GeneName> names = GeneNamesParser.getGeneNames(in);
            assertEquals(List.of("TP53", "CDKN1A", "CDKN2A", "KLRK1"),
                    names.stream().map(GeneName::getApprovedSymbol).toList());
        }
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
}
