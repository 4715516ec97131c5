package org.senescope.cli;

import static org.senescope.cli.BadInput.bad;
import static org.senescope.cli.CatalogueInputs.DE;
import static org.senescope.cli.CatalogueInputs.GMT;
import static org.senescope.cli.CatalogueInputs.matrix;
import static org.senescope.cli.CatalogueInputs.ranks;
import static org.senescope.cli.CatalogueInputs.statTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue, part 7: outputs that would replace an input or the user's own file or meet a folder in
 * their way; lines and fields beyond the limits; gzip and zip bombs (made small, refused cheaply); RNK lines blamed
 * where they are. Memory under large valid input is not a catalogue case: {@code BoundedMemoryIT} runs it.
 */
class LimitsAndOutputsCatalogueTest {

    private static final String TEN_MB = "x".repeat(10_000_000);

    private static BadInput.Builder overlay(String name, String file, String text, String... more) {
        return bad(name).file(file, text).run("overlay", "$D/" + file, "--out", "$D/out").run(more);
    }

    private static BadInput.Builder gsea(String name, String... more) {
        return bad(name).file("r.rnk", ranks()).file("s.gmt", GMT).run("gsea", "--ranks", "$D/r.rnk",
                "--gene-sets", "$D/s.gmt", "--min-size", "2", "--permutations", "50", "--out", "$D/out").run(more);
    }

    static Stream<Named<BadInput>> cases() {
        return Stream.of(outputs(), limits(), rnk()).flatMap(s -> s).map(BadInput::named);
    }

    private static Stream<BadInput> outputs() {
        return Stream.of(
                bad("output: gsea --table is gsea.tsv in the output folder").file("out/gsea.tsv", statTable())
                        .file("s.gmt", GMT).run("gsea", "--table", "$D/out/gsea.tsv", "--column", "stat",
                                "--gene-sets", "$D/s.gmt", "--min-size", "2", "--permutations", "50", "--out",
                                "$D/out").expect(74,
                        "senescope gsea: $D/out/gsea.tsv: would overwrite the input $D/out/gsea.tsv; nothing written"),
                bad("output: demo over the user's own senescence-immunity.cx2")
                        .file("out/senescence-immunity.cx2", "{\"my\": \"own\"}\n").run("demo", "--out", "$D/out")
                        .expect(74, "senescope demo: $D/out: is a folder that is not empty; nothing written (use "
                                + "--overwrite to write into it)"),
                overlay("output: a folder in the way of the overlay's mapping report", "de.tsv", DE, "--name", "x")
                        .folder("out/x.mapping-report.tsv").expect(74,
                        "senescope overlay: $D/out/x.mapping-report.tsv: is a folder where a file would be written; "
                        + "nothing written"),
                overlay("output: a folder in the way of the overlay's cx2, with --overwrite", "de.tsv", DE, "--name",
                        "x", "--overwrite").folder("out/x.cx2").expect(74,
                        "senescope overlay: $D/out/x.cx2: is a folder where a file would be written; nothing written"),
                gsea("output: a folder in the way of gsea-settings.tsv").folder("out/gsea-settings.tsv").expect(74,
                        "senescope gsea: $D/out/gsea-settings.tsv: is a folder where a file would be written; "
                        + "nothing written"),
                gsea("output: the user's own gsea.tsv in the output folder").file("out/gsea.tsv", "mine\n")
                        .expect(74, "senescope gsea: $D/out/gsea.tsv: already exists; nothing written (use "
                                + "--overwrite to replace it)"),
                bad("output: the user's own file of a network output's name").file("out/senescence-immunity.sif",
                        "mine\n").run("network", "--format", "sif", "--out", "$D/out").expect(74,
                        "senescope network: $D/out/senescence-immunity.sif: already exists; nothing written (use "
                        + "--overwrite to replace it)"));
    }

    private static Stream<BadInput> limits() {
        return Stream.of(
                overlay("limit: a 10 MB single-line table", "de.tsv", "gene\t" + TEN_MB + "\nTP53\t1\n").expect(65,
                        "senescope overlay: $D/de.tsv:1: a line longer than 1048576 bytes; expected lines of text"),
                overlay("limit: a 1 MB field is shown shortened", "de.tsv", "gene\t" + "x".repeat(1_000_000)
                        + "\nTP53\tabc\n").expect(65,
                        "senescope overlay: $D/de.tsv:1: no value column: expected the columns of a DESeq2, limma, "
                        + "edgeR or Seurat result (e.g. log2FoldChange and padj) or numeric columns after the "
                        + "identifiers; found 'gene', '" + "x".repeat(80) + "…(1000000 characters)'; name one with "
                        + "--value-column"),
                bad("limit: a 10 MB single-line ranking").file("r.rnk", "TP53\t" + TEN_MB + "\n").file("s.gmt", GMT)
                        .run("gsea", "--ranks", "$D/r.rnk", "--gene-sets", "$D/s.gmt", "--out", "$D/out")
                        .expect(65, "senescope gsea: $D/r.rnk:1: a line longer than 1048576 bytes; expected lines of "
                                + "text"),
                bad("limit: a 20 MB single-line GMT").file("r.rnk", ranks()).file("s.gmt", "A\t" + TEN_MB + TEN_MB
                        + "\n").run("gsea", "--ranks", "$D/r.rnk", "--gene-sets", "$D/s.gmt", "--out", "$D/out")
                        .expect(65, "senescope gsea: $D/s.gmt:1:16777217: line longer than 16777216 bytes"),
                bad("limit: a 10 MB single-line gene list").file("g.txt", TEN_MB + "\n").file("s.gmt", GMT)
                        .run("ora", "--genes", "$D/g.txt", "--background-from-sets", "--gene-sets", "$D/s.gmt",
                                "--out", "$D/out").expect(65,
                        "senescope ora: $D/g.txt:1: a line longer than 1048576 bytes; expected lines of text"),
                bad("limit: a 10 MB single-line matrix").file("m.tsv", "gene\t" + TEN_MB + "\n").file("s.gmt", GMT)
                        .run("score", "--expression", "$D/m.tsv", "--gene-sets", "$D/s.gmt", "--method", "zscore",
                                "--out", "$D/out").expect(65,
                        "senescope score: $D/m.tsv: a header without data rows; expected at least one row of values"),
                overlay("limit: an xlsx of 12,000 zip entries", "de.xlsx", "").file("de.xlsx", manyEntries(12_000))
                        .expect(65, "senescope overlay: $D/de.xlsx: has 12000 zip entries, more than the limit of "
                                + "10000; expected an ordinary xlsx workbook"),
                overlay("limit: an xlsx zip bomb (a sheet inflating a thousand fold)", "de.xlsx", "")
                        .file("de.xlsx", BadInputRun.xlsx("DE", List.of(List.of(" ".repeat(4 << 20))))).expect(65,
                                "senescope overlay: $D/de.xlsx: part xl/worksheets/sheet1.xml inflates more than 200 "
                                + "fold, the limit (a zip bomb?); expected an ordinary workbook"),
                overlay("limit: a gzip bomb (1.1 GiB of text from 1 MB)", "de.tsv.gz", "")
                        .file("de.tsv.gz", gzipBomb()).expect(65, "senescope overlay: $D/de.tsv.gz: decompresses to "
                                + "more than 1073741824 bytes, the input size limit (a gzip bomb?); expected a smaller "
                                + "file"),
                bad("limit: a gzip bomb as the matrix").file("m.tsv.gz", gzipBomb()).file("s.gmt", GMT)
                        .run("score", "--expression", "$D/m.tsv.gz", "--gene-sets", "$D/s.gmt", "--method", "zscore",
                                "--out", "$D/out").expect(65,
                        "senescope score: $D/m.tsv.gz:1: a line longer than 67108864 bytes; expected lines of text"));
    }

    private static Stream<BadInput> rnk() {
        return Stream.of(
                overlay("rnk: a text statistic on line 6", "r.rnk", ranks().replace("IL6\t-1.5", "IL6\thigh"))
                        .expect(65, "senescope overlay: $D/r.rnk:6:2: column 'V2': expected a number, found 'high'"),
                overlay("rnk: a text statistic on line 2", "r.rnk", ranks().replace("CDKN1A\t2.5", "CDKN1A\thigh"))
                        .expect(65, "senescope overlay: $D/r.rnk:2:2: column 'V2': expected a number, found 'high'"),
                overlay("rnk: three fields on a line", "r.rnk", ranks().replace("RB1\t0.5", "RB1\t0.5\textra"))
                        .expect(65, "senescope overlay: $D/r.rnk:4: found 3 fields; expected 2 as the header has (the "
                                + "first row)"));
    }

    /** A zip of {@code n} tiny entries: a workbook would have a dozen. */
    private static byte[] manyEntries(int n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < n; i++) {
                zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    /**
     * About 1.1 GiB of the letter x (one line) as 17 concatenated gzip members of 64 MiB each (gzip readers read on through
     * members): about a megabyte to write, over the 1 GiB input limit to read.
     */
    private static byte[] gzipBomb() {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        byte[] run = new byte[1 << 20];
        Arrays.fill(run, (byte) 'x');
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            for (int i = 0; i < 64; i++) {
                gz.write(run);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        for (int i = 0; i < 17; i++) {
            bomb.writeBytes(member.toByteArray());
        }
        return bomb.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedLeavingEverythingAsItWas(BadInput c, @TempDir Path dir) throws IOException {
        BadInputRun.assertRefused(c, dir);
    }
}
