package org.senescope.cli;

import static org.senescope.cli.BadInput.bad;
import static org.senescope.cli.BadInputRun.cut;
import static org.senescope.cli.BadInputRun.gzip;
import static org.senescope.cli.CatalogueInputs.CLS;
import static org.senescope.cli.CatalogueInputs.GMT;
import static org.senescope.cli.CatalogueInputs.SHEET;
import static org.senescope.cli.CatalogueInputs.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue, part 4: {@code senescope score} and {@code camera} with bad matrices, groups and
 * options.
 */
class ScoreCameraCatalogueTest {

    /** {@code score --expression $D/m.tsv --gene-sets $D/s.gmt --min-size 2 --out $D/out} and {@code more}. */
    private static BadInput.Builder score(String name, String matrix, String... more) {
        return bad(name).file("m.tsv", matrix).file("s.gmt", GMT).run("score", "--expression", "$D/m.tsv",
                "--gene-sets", "$D/s.gmt", "--min-size", "2", "--out", "$D/out").run(more);
    }

    /** {@code camera} on the matrix with {@code groups} as {@code $D/file}, contrast M-W, and {@code more}. */
    private static BadInput.Builder camera(String name, String file, String groups, String... more) {
        return bad(name).file("m.tsv", matrix()).file("s.gmt", GMT).file(file, groups).run("camera",
                "--expression", "$D/m.tsv", "--gene-sets", "$D/s.gmt", "--min-size", "2", "--groups", "$D/" + file,
                "--out", "$D/out").run(more);
    }

    static Stream<Named<BadInput>> cases() {
        return Stream.of(
                score("score: empty matrix", "", "--method", "zscore").expect(65,
                        "senescope score: $D/m.tsv: empty file; expected a matrix with an identifier column and one "
                        + "numeric column per sample"),
                score("score: matrix header only", "gene\tw1\tw2\n", "--method", "zscore").expect(65,
                        "senescope score: $D/m.tsv: a header without data rows; expected at least one row of values"),
                score("score: one column (wrong delimiter)", matrix().replace('\t', ' '), "--method", "zscore")
                        .expect(65,
                        "senescope score: $D/m.tsv:1: found only 1 column; expected an identifier column and at "
                        + "least one sample column (is the delimiter '\\t' right?)"),
                score("score: text where a value belongs", matrix().replace("TP53\t1", "TP53\tx"), "--method",
                        "zscore").expect(65,
                        "senescope score: $D/m.tsv:2:2: expected a number, found 'x' in sample 'w1'"),
                score("score: duplicate sample names", matrix("gene\tw1\tw2\tw1\tm2"), "--method", "zscore")
                        .expect(65,
                        "senescope score: $D/m.tsv:1:4: duplicate sample name 'w1' (also column 2); expected unique "
                        + "sample names"),
                score("score: UTF-8 BOM then an unknown gene column", "\ufeffid\tw1\nFOO\t1\n", "--method", "zscore")
                        .expect(65,
                        "senescope score: no gene set has between 2 and 500 genes in the data (2 sets skipped: 2 "
                        + "none of its genes are in the data); nothing written"),
                bad("score: truncated gzip matrix").file("m.tsv.gz", cut(gzip(matrix()), 40)).file("s.gmt", GMT)
                        .run("score", "--expression", "$D/m.tsv.gz", "--gene-sets", "$D/s.gmt", "--min-size", "2",
                                "--method", "zscore", "--out", "$D/out").expect(65,
                        "senescope score: $D/m.tsv.gz: truncated gzip: the compressed data end after 0 bytes of "
                        + "text; expected a complete .gz file"),
                score("score: no matrix gene in any set", matrix().replace("TP53", "FOO1").replace("CDKN1A", "FOO2")
                        .replace("CDKN2A", "FOO3").replace("RB1", "FOO4").replace("MDM2", "FOO5").replace("IL6", "FOO6")
                        .replace("CXCL8", "FOO7").replace("CCL2", "FOO8"), "--method", "zscore").expect(65,
                        "senescope score: no gene set has between 2 and 500 genes in the data (2 sets skipped: 2 "
                        + "none of its genes are in the data); nothing written"),
                score("score: unknown --method", matrix(), "--method", "mean").expect(2,
                        "senescope: Invalid value for option '--method': unknown method 'mean'; expected one of: "
                        + "ssgsea, gsva, zscore, plage, singscore"),
                score("score: no --method", matrix()).expect(2,
                        "senescope: Missing required option: '--method=<method>'"),
                score("score: unknown --kcdf", matrix(), "--method", "gsva", "--kcdf", "poisson").expect(2,
                        "senescope: Invalid value for option '--kcdf': expected gaussian or none, found 'poisson'"),
                score("score: unknown --heatmap format", matrix(), "--method", "zscore", "--heatmap", "gif")
                        .expect(2,
                        "senescope: Invalid value for option '--heatmap' (FORMAT): expected png, svg or pdf, found "
                        + "'gif'"),
                score("score: --log2 of negative values", matrix().replace("TP53\t1", "TP53\t-1"), "--method",
                        "zscore", "--log2").expect(65,
                        "senescope score: $D/m.tsv:2: row TP53, sample w1 has value -1.0; --log2 needs positive "
                        + "values"),
                score("score: CLS with wrong count", matrix(), "--method", "zscore", "--groups", "$D/g.cls")
                        .file("g.cls", "5 2 1\n# W M\nW W M M M\n").expect(65,
                        "senescope score: $D/g.cls:3: has 5 labels but the matrix has 4 samples (w1, w2 ... m2); "
                        + "expected one label per matrix sample, in the matrix's column order"),
                bad("score: the matrix is scores.tsv in the output folder").file("out/scores.tsv", matrix())
                        .file("s.gmt", GMT).run("score", "--expression", "$D/out/scores.tsv", "--gene-sets",
                                "$D/s.gmt", "--min-size", "2", "--method", "zscore", "--out", "$D/out")
                        .expect(74,
                        "senescope score: $D/out/scores.tsv: would overwrite the input $D/out/scores.tsv; nothing "
                        + "written"),
                camera("camera: no --contrast", "g.cls", CLS).expect(2,
                        "senescope camera: $D/g.cls has 2 groups (W, M); choose the two to compare with --contrast "
                        + "TEST-REFERENCE (e.g. --contrast W-M)"),
                camera("camera: contrast names an absent group", "g.cls", CLS, "--contrast", "K-W").expect(2,
                        "senescope camera: --contrast: expected TEST-REFERENCE, two of the groups in $D/g.cls (W, "
                        + "M), found 'K-W'"),
                camera("camera: CLS with one class", "g.cls", "4 1 1\n# W\nW W W W\n", "--contrast", "M-W")
                        .expect(2,
                        "senescope camera: --contrast: expected TEST-REFERENCE, two of the groups in $D/g.cls (W), "
                        + "found 'M-W'"),
                camera("camera: CLS with wrong count", "g.cls", "3 2 1\n# W M\nW W M\n", "--contrast", "M-W")
                        .expect(65,
                        "senescope camera: $D/g.cls:3: has 3 labels but the matrix has 4 samples (w1, w2 ... m2); "
                        + "expected one label per matrix sample, in the matrix's column order"),
                camera("camera: sheet names an absent sample", "g.tsv", SHEET + "k1\tM\n", "--contrast", "M-W")
                        .expect(65,
                        "senescope camera: $D/g.tsv:6:1: sample 'k1' is not in $D/m.tsv; expected only the matrix's "
                        + "samples, or leave the others out with --extra-samples leave-out"),
                camera("camera: sheet with two group candidates", "g.tsv", "sample\tcondition\tgenotype\n"
                        + "w1\tW\ta\nw2\tW\ta\nm1\tM\tb\nm2\tM\tb\n", "--contrast", "M-W").expect(65,
                        "senescope camera: $D/g.tsv:1:3: columns 'condition', 'genotype' could each be the group "
                        + "column; expected one, choose with --group-column"),
                camera("camera: --inter-gene-cor above 1", "g.cls", CLS, "--contrast", "M-W", "--inter-gene-cor",
                        "2").expect(2,
                        "senescope: Invalid value for option '--inter-gene-cor': expected a number in [0, 1) or "
                        + "'estimate', found '2'"),
                camera("camera: --inter-gene-cor not a number", "g.cls", CLS, "--contrast", "M-W",
                        "--inter-gene-cor", "high").expect(2,
                        "senescope: Invalid value for option '--inter-gene-cor': expected a number in [0, 1) or "
                        + "'estimate', found 'high'"),
                camera("camera: unknown --method", "g.cls", CLS, "--contrast", "M-W", "--method", "roast")
                        .expect(2,
                        "senescope: Invalid value for option '--method': expected camera or fry, found 'roast'"),
                camera("camera: --use-ranks with fry", "g.cls", CLS, "--contrast", "M-W", "--method", "fry",
                        "--use-ranks").expect(2,
                        "senescope: --inter-gene-cor and --use-ranks apply to --method camera only"),
                camera("camera: --groups given twice", "g.cls", CLS, "--contrast", "M-W", "--groups", "$D/none.cls")
                        .expect(2, "senescope: option '--groups' (FILE) should be specified only once"))
                .map(BadInput::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedLeavingEverythingAsItWas(BadInput c, @TempDir Path dir) throws IOException {
        BadInputRun.assertRefused(c, dir);
    }
}
