package org.senescope.cli;

import static org.senescope.cli.BadInput.bad;
import static org.senescope.cli.BadInputRun.cut;
import static org.senescope.cli.BadInputRun.xlsx;
import static org.senescope.cli.BadInputRun.zip;
import static org.senescope.cli.CatalogueInputs.CLS;
import static org.senescope.cli.CatalogueInputs.SHEET;
import static org.senescope.cli.CatalogueInputs.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue, part 2: {@code senescope overlay} with bad XLSX, RNK and GCT files, and with a matrix and
 * bad {@code --groups} (CLS or sample sheet) or {@code --contrast}.
 */
class OverlayFormatsCatalogueTest {

    private static final List<String> HEAD = List.of("gene_symbol", "log2FoldChange", "padj");

    private static BadInput.Builder overlay(String name, String file, byte[] bytes) {
        return bad(name).file(file, bytes).run("overlay", "$D/" + file, "--out", "$D/out");
    }

    private static BadInput.Builder overlay(String name, String file, String text) {
        return bad(name).file(file, text).run("overlay", "$D/" + file, "--out", "$D/out");
    }

    /** The matrix {@code m.tsv} and {@code groups} as {@code g}, compared M against W. */
    private static BadInput.Builder grouped(String name, String matrix, String groupsFile, String groups,
            String... more) {
        return bad(name).file("m.tsv", matrix).file(groupsFile, groups).run("overlay", "$D/m.tsv", "--groups",
                "$D/" + groupsFile, "--out", "$D/out").run(more);
    }

    private static BadInput.Builder groups(String name, String groupsFile, String groups, String... more) {
        return grouped(name, matrix(), groupsFile, groups, "--contrast", "M-W").run(more);
    }

    static Stream<Named<BadInput>> cases() {
        return Stream.of(
                overlay("xlsx: a zip with no sheet", "de.xlsx", zip("notes.txt", "hello")).expect(65,
                        "senescope overlay: $D/de.xlsx: has no xl/workbook.xml; expected an Excel .xlsx workbook "
                        + "(not .xls, .ods or another zip)"),
                overlay("xlsx: zip signature then garbage", "de.xlsx", "PK\u0003\u0004 this is no zip\n").expect(65,
                        "senescope overlay: $D/de.xlsx: not a readable xlsx (zip) file (zip END header not found); "
                        + "expected an Excel .xlsx workbook"),
                overlay("xlsx: truncated", "de.xlsx", cut(xlsx("DE", List.of(HEAD, List.of("TP53", "1", "0.1"))),
                        120)).expect(65,
                        "senescope overlay: $D/de.xlsx: not a readable xlsx (zip) file (zip END header not found); "
                        + "expected an Excel .xlsx workbook"),
                overlay("xlsx: empty sheet", "de.xlsx", xlsx("DE", List.of())).expect(65,
                        "senescope overlay: $D/de.xlsx: sheet 'DE' is empty; expected a header row and data rows"),
                overlay("xlsx: header only", "de.xlsx", xlsx("DE", List.of(HEAD))).expect(65,
                        "senescope overlay: $D/de.xlsx:1: sheet 'DE' has a header without data rows; expected at "
                        + "least one row after the header"),
                overlay("xlsx: duplicate column names", "de.xlsx", xlsx("DE", List.of(List.of("gene_symbol", "padj",
                        "padj"), List.of("TP53", "0.1", "0.1")))).expect(65,
                        "senescope overlay: $D/de.xlsx:1:3: duplicate column name 'padj' (also column 2, B1); "
                        + "expected unique column names"),
                overlay("xlsx: text where a number belongs", "de.xlsx", xlsx("DE", List.of(HEAD,
                        List.of("TP53", "high", "0.1")))).expect(65,
                        "senescope overlay: $D/de.xlsx:2:2: column 'log2FoldChange': expected a number, found 'high'"),
                overlay("xlsx: workbook part with a DTD", "de.xlsx", zip("xl/workbook.xml",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>"))
                        .expect(65,
                        "senescope overlay: $D/de.xlsx: part xl/workbook.xml declares a DTD or entity (<!DOCTYPE>), "
                        + "which xlsx files never do; refused for safety (XXE)"),
                overlay("rnk: one field (spaces, not a tab)", "r.rnk", "TP53 2\nIL6 1\n").expect(65,
                        "senescope overlay: $D/r.rnk:1: no value column: expected the columns of a DESeq2, limma, "
                        + "edgeR or Seurat result (e.g. log2FoldChange and padj) or numeric columns after the "
                        + "identifiers; found 'V1'; name one with --value-column"),
                overlay("rnk: empty file", "r.rnk", "").expect(65,
                        "senescope overlay: $D/r.rnk: empty file (no rows); expected a table"),
                overlay("gct: empty file", "m.gct", "").expect(65,
                        "senescope overlay: $D/m.gct: empty file; expected a GCT file starting with the line #1.2 or "
                        + "#1.3"),
                overlay("gct: wrong version line", "m.gct", "#1.4\n1\t2\nName\tDescription\ta\tb\nTP53\tna\t1\t2\n")
                        .expect(65,
                        "senescope overlay: $D/m.gct:1: found '#1.4'; expected the GCT version line #1.2 or #1.3"),
                overlay("gct: dimensions not numbers", "m.gct", "#1.2\n1 row\t2\nName\tDescription\ta\tb\n"
                        + "TP53\tna\t1\t2\n").expect(65,
                        "senescope overlay: $D/m.gct:2:1: found '1 row'; expected the row count as a whole number"),
                overlay("gct: fewer rows than declared", "m.gct", "#1.2\n3\t2\nName\tDescription\ta\tb\n"
                        + "TP53\tna\t1\t2\n").expect(65,
                        "senescope overlay: $D/m.gct:2:1: declares 3 rows but the file has 1; expected the row count "
                        + "to match"),
                overlay("gct: text where a number belongs", "m.gct", "#1.2\n1\t2\nName\tDescription\ta\tb\n"
                        + "TP53\tna\t1\tx\n").expect(65,
                        "senescope overlay: $D/m.gct:4:4: expected a number, found 'x'"),
                overlay("gct: header disagrees with dimensions", "m.gct", "#1.2\n1\t3\nName\tDescription\ta\tb\n"
                        + "TP53\tna\t1\t2\n").expect(65,
                        "senescope overlay: $D/m.gct:3: the header has 2 sample names but line 2 declares 3; "
                        + "expected 5 fields"),
                grouped("matrix: header only", "gene\tw1\tw2\tm1\tm2\n", "g.cls", CLS, "--contrast", "M-W")
                        .expect(65,
                        "senescope overlay: $D/m.tsv: a header without data rows; expected at least one row of values"),
                grouped("matrix: text where a value belongs", matrix().replace("TP53\t1", "TP53\tx"), "g.cls", CLS,
                        "--contrast", "M-W").expect(65,
                        "senescope overlay: $D/m.tsv:2:2: expected a number, found 'x' in sample 'w1'"),
                grouped("matrix: duplicate sample names", matrix("gene\tw1\tw1\tm1\tm2"), "g.cls", CLS,
                        "--contrast", "M-W").expect(65,
                        "senescope overlay: $D/m.tsv:1:3: duplicate sample name 'w1' (also column 2); expected "
                        + "unique sample names"),
                grouped("matrix: ragged row", matrix() + "RB2\t1\t2\n", "g.cls", CLS, "--contrast", "M-W")
                        .expect(65,
                        "senescope overlay: $D/m.tsv:10: found 3 fields; expected 5 (identifier and 4 samples)"),
                groups("cls: label count disagrees with line 1", "g.cls", "4 2 1\n# W M\nW W M\n").expect(65,
                        "senescope overlay: $D/g.cls:3: found 3 labels but line 1 declares 4 samples; expected 4 "
                        + "labels"),
                groups("cls: labels disagree with the matrix's samples", "g.cls", "3 2 1\n# W M\nW W M\n")
                        .expect(65,
                        "senescope overlay: $D/g.cls:3: has 3 labels but the matrix has 4 samples (w1, w2 ... m2); "
                        + "expected one label per matrix sample, in the matrix's column order"),
                groups("cls: class names disagree with line 1", "g.cls", "4 3 1\n# W M\nW W M M\n").expect(65,
                        "senescope overlay: $D/g.cls:2: names 2 classes but line 1 declares 3; expected 3 class names"),
                groups("cls: empty file", "g.cls", "").expect(65,
                        "senescope overlay: $D/g.cls: empty file; expected a CLS file (line 1: samples, classes and "
                        + "1)"),
                groups("cls: continuous", "g.cls", "#numeric\n#x\n1 2 3 4\n").expect(65,
                        "senescope overlay: $D/g.cls:1: found 1 field on the first line; expected 3: sample count, "
                        + "class count and 1"),
                groups("cls: first line not numbers", "g.cls", "four 2 1\n# W M\nW W M M\n").expect(65,
                        "senescope overlay: $D/g.cls:1:1: found 'four'; expected the sample count as a positive "
                        + "whole number"),
                groups("sheet: names a sample the matrix lacks", "g.tsv", SHEET + "k1\tM\n").expect(65,
                        "senescope overlay: $D/g.tsv:6:1: sample 'k1' is not in $D/m.tsv; expected only the matrix's "
                        + "samples, or leave the others out with --extra-samples leave-out"),
                groups("sheet: lacks a matrix sample", "g.tsv", SHEET.replace("m2\tM\n", "")).expect(65,
                        "senescope overlay: $D/g.tsv: matrix sample 'm2' of $D/m.tsv has no row in column 'sample'; "
                        + "expected a row for every matrix sample, named as in the matrix"),
                groups("sheet: no group column", "g.tsv", SHEET.replace("group", "batch")).expect(65,
                        "senescope overlay: $D/g.tsv:1: no group column: expected one named group, condition, "
                        + "treatment, genotype, class, phenotype, status, cell_type, disease or timepoint (or name it "
                        + "with --group-column); found 'sample', 'batch'"),
                groups("sheet: sample twice", "g.tsv", SHEET + "w1\tW\n").expect(65,
                        "senescope overlay: $D/g.tsv:6:1: sample 'w1' again (first on line 2); expected each sample "
                        + "once"),
                groups("sheet: sample without a group", "g.tsv", SHEET.replace("w2\tW", "w2\tNA")).expect(65,
                        "senescope overlay: $D/g.tsv:3:2: sample 'w2' has no group ('NA' in column 'group'); "
                        + "expected a group name, or leave the sample out"),
                groups("sheet: --group-column names an absent column", "g.tsv", SHEET, "--group-column", "arm")
                        .expect(65,
                        "senescope overlay: $D/g.tsv:1: no column 'arm' (--group-column); the columns are 'sample', "
                        + "'group'"),
                groups("sheet: --extra-samples unknown rule", "g.tsv", SHEET, "--extra-samples", "ignore")
                        .expect(2,
                        "senescope: Invalid value for option '--extra-samples': expected refuse or leave-out, found "
                        + "'ignore'"),
                grouped("contrast: names an absent group", matrix(), "g.cls", CLS, "--contrast", "K-W").expect(2,
                        "senescope overlay: --contrast: expected TEST-REFERENCE, two of the groups in $D/g.cls (W, "
                        + "M), found 'K-W'"),
                grouped("contrast: not TEST-REF", matrix(), "g.cls", CLS, "--contrast", "M").expect(2,
                        "senescope overlay: --contrast: expected TEST-REFERENCE, two of the groups in $D/g.cls (W, "
                        + "M), found 'M'"))
                .map(BadInput::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedLeavingEverythingAsItWas(BadInput c, @TempDir Path dir) throws IOException {
        BadInputRun.assertRefused(c, dir);
    }
}
