package org.senescope.cli;

import static org.senescope.cli.BadInput.bad;
import static org.senescope.cli.BadInputRun.latin1;
import static org.senescope.cli.CatalogueInputs.GMT;
import static org.senescope.cli.CatalogueInputs.ranks;
import static org.senescope.cli.CatalogueInputs.statTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input catalogue, part 3: {@code senescope gsea} and {@code ora} with bad rankings, GMT files and options. */
class GeneSetCatalogueTest {

    /** {@code gsea --ranks $D/r.rnk --gene-sets $D/s.gmt --min-size 2 --out $D/out} and {@code more}. */
    private static BadInput.Builder gsea(String name, String rnk, String gmt, String... more) {
        return bad(name).file("r.rnk", rnk).file("s.gmt", gmt).run("gsea", "--ranks", "$D/r.rnk", "--gene-sets",
                "$D/s.gmt", "--min-size", "2", "--permutations", "50", "--out", "$D/out").run(more);
    }

    private static BadInput.Builder gmt(String name, String gmt) {
        return gmt(name, gmt.getBytes(StandardCharsets.UTF_8));
    }

    private static BadInput.Builder gmt(String name, byte[] gmt) {
        return bad(name).file("r.rnk", ranks()).file("s.gmt", gmt).run("gsea", "--ranks", "$D/r.rnk",
                "--gene-sets", "$D/s.gmt", "--min-size", "2", "--permutations", "50", "--out", "$D/out");
    }

    /** {@code gsea --table $D/t.tsv --gene-sets $D/s.gmt} and {@code more}. */
    private static BadInput.Builder table(String name, String table, String... more) {
        return bad(name).file("t.tsv", table).file("s.gmt", GMT).run("gsea", "--table", "$D/t.tsv", "--gene-sets",
                "$D/s.gmt", "--min-size", "2", "--permutations", "50", "--out", "$D/out").run(more);
    }

    /** {@code ora --genes $D/g.txt --gene-sets $D/s.gmt --min-size 2} and {@code more}. */
    private static BadInput.Builder ora(String name, String genes, String... more) {
        return bad(name).file("g.txt", genes).file("s.gmt", GMT).run("ora", "--genes", "$D/g.txt", "--gene-sets",
                "$D/s.gmt", "--min-size", "2", "--out", "$D/out").run(more);
    }

    static Stream<Named<BadInput>> cases() {
        return Stream.of(
                gsea("ranks: empty file", "", GMT).expect(65,
                        "senescope gsea: $D/r.rnk: empty file; expected lines of gene<TAB>statistic"),
                gsea("ranks: text where the statistic belongs", "TP53\t2\nIL6\thigh\n", GMT).expect(65,
                        "senescope gsea: $D/r.rnk:2:2: expected a number for the statistic, found 'high'"),
                gsea("ranks: one field a line", "TP53 2\nIL6 1\n", GMT).expect(65,
                        "senescope gsea: $D/r.rnk:1: found 1 field; expected 2: gene<TAB>statistic"),
                gsea("ranks: header only", "gene\tstat\n", GMT).expect(65,
                        "senescope gsea: $D/r.rnk: no ranked genes (0 non-finite, 0 bad lines); expected lines of "
                        + "gene<TAB>statistic"),
                bad("ranks: Latin-1 byte").file("r.rnk", latin1(ranks() + "Caf\u00e9\t0.5\n")).file("s.gmt", GMT)
                        .run("gsea", "--ranks", "$D/r.rnk", "--gene-sets", "$D/s.gmt", "--min-size", "2", "--out",
                                "$D/out").expect(65,
                        "senescope gsea: $D/r.rnk:9:4: invalid UTF-8: byte 0xE9 at byte 4 of the line; expected "
                        + "UTF-8 text"),
                gsea("ranks: no gene in any set", "FOO\t1\nBAR\t2\nBAZ\t3\n", GMT).expect(65,
                        "senescope gsea: no gene set has between 2 and 500 genes in the ranking ($D/r.rnk, 3 genes; "
                        + "2 sets skipped: 2 none of its genes are in the data); nothing written"),
                gmt("gmt: empty file", new byte[0]).expect(65,
                        "senescope gsea: $D/s.gmt: no gene set; expected lines of a set name, a description and "
                        + "genes, separated by tabs (GMT)"),
                gmt("gmt: binary", new byte[] {0x50, 0x4b, 3, 4, 0, (byte) 0xff, (byte) 0xfe, 10}).expect(65,
                        "senescope gsea: $D/s.gmt:1:6: invalid UTF-8: byte 0xFF at byte 6 of the line; expected a "
                        + "GMT file: tab-separated UTF-8 text"),
                gmt("gmt: Latin-1 byte", latin1(GMT + "CAF\u00c9\t\tTP53\tIL6\n")).expect(65,
                        "senescope gsea: $D/s.gmt:3:4: invalid UTF-8: byte 0xC9 at byte 4 of the line; expected a "
                        + "GMT file: tab-separated UTF-8 text"),
                gmt("gmt: only sets without genes", "EMPTY\tdesc\nNONE\tdesc\t\n")
                        .expect(65,
                        "senescope gsea: $D/s.gmt: no gene set lists any gene (2 sets, each a name and a description "
                        + "only); expected genes after the description, separated by tabs (GMT)"),
                gmt("gmt: a line with the name only", (GMT + "LONELY\n"))
                        .expect(65,
                        "senescope gsea: $D/s.gmt:3:7: expected a tab and a description after the set name LONELY"),
                gmt("gmt: empty set name", ("\tdesc\tTP53\tIL6\n" + GMT))
                        .expect(65, "senescope gsea: $D/s.gmt:1:1: expected a gene-set name, found an empty field"),
                gmt("gmt: no set in the size range", "A\t\tTP53\nB\t\tIL6\n")
                        .expect(65,
                        "senescope gsea: no gene set has between 2 and 500 genes in the ranking ($D/r.rnk, 8 genes; "
                        + "2 sets skipped: 2 fewer genes in the data than the minimum size); nothing written"),
                bad("gmt: file absent").file("r.rnk", ranks()).run("gsea", "--ranks", "$D/r.rnk", "--gene-sets",
                        "$D/none.gmt", "--out", "$D/out").expect(74,
                        "senescope gsea: $D/none.gmt: no such file or folder"),
                table("gsea table: --column names an absent column", statTable(), "--column", "t").expect(65,
                        "senescope gsea: $D/t.tsv:1: no column 't'; expected one of [gene, stat]"),
                table("gsea table: --column is the gene column", statTable(), "--column", "gene").expect(65,
                        "senescope gsea: $D/t.tsv:2:1: expected a number, found 'TP53' in column 'gene'"),
                table("gsea table: text in the ranked column", statTable().replace("\t3.5", "\thigh"), "--column",
                        "stat")
                        .expect(65, "senescope gsea: $D/t.tsv:2:2: expected a number, found 'high' in column 'stat'"),
                table("gsea table: --gene-column names an absent column", statTable(), "--column", "stat",
                        "--gene-column", "symbol").expect(65,
                        "senescope gsea: $D/t.tsv:1: no column 'symbol'; expected one of [gene, stat]"),
                table("gsea table: without --column", statTable()).expect(2,
                        "senescope: Error: Missing required argument(s): --column=NAME"),
                table("gsea table: header only", "gene\tstat\n", "--column", "stat").expect(65,
                        "senescope gsea: $D/t.tsv:1: a header without data rows; expected at least one row after the "
                        + "header"),
                gsea("option: --ranks and --table together", ranks(), GMT, "--table", "$D/r.rnk", "--column", "stat")
                        .expect(2,
                        "senescope: Error: --ranks=FILE and [--table=FILE --column=NAME [--gene-column=NAME]] are "
                        + "mutually exclusive (specify only one)"),
                bad("option: neither --ranks nor --table").file("s.gmt", GMT).run("gsea", "--gene-sets", "$D/s.gmt",
                        "--out", "$D/out").expect(2,
                        "senescope: Error: Missing required argument (specify one of these): (--ranks=FILE | "
                        + "[--table=FILE --column=NAME [--gene-column=NAME]])"),
                gsea("option: --min-size above --max-size", ranks(), GMT, "--max-size", "1").expect(2,
                        "senescope gsea: the maximum set size 1 is below the minimum 2"),
                bad("option: zero permutations").file("r.rnk", ranks()).file("s.gmt", GMT).run("gsea", "--ranks",
                        "$D/r.rnk", "--gene-sets", "$D/s.gmt", "--permutations", "0", "--out", "$D/out").expect(2,
                        "senescope gsea: at least one permutation is needed, found 0"),
                gsea("option: negative --plots", ranks(), GMT, "--plots", "-1").expect(2,
                        "senescope: --plots must be 0 or more, found -1"),
                gsea("option: negative --eps", ranks(), GMT, "--eps", "-1").expect(2,
                        "senescope gsea: eps must lie in [0, 1], found -1.0"),
                gsea("option: unknown --figure format", ranks(), GMT, "--figure", "bmp").expect(2,
                        "senescope: Invalid value for option '--figure' (FORMAT): unknown format 'bmp'; expected one "
                        + "of: png, svg, pdf, html"),
                gsea("option: unknown --export format", ranks(), GMT, "--export", "xls").expect(2,
                        "senescope: Invalid value for option '--export' (FORMAT): unknown format 'xls'; expected one "
                        + "of: cx2, xgmml, graphml, sif, cyjs"),
                gsea("option: --seed not a number", ranks(), GMT, "--seed", "x").expect(2,
                        "senescope: Invalid value for option '--seed': 'x' is not a long"),
                bad("output: the ranking is gsea.tsv in the output folder").file("out/gsea.tsv", ranks())
                        .file("s.gmt", GMT).run("gsea", "--ranks", "$D/out/gsea.tsv", "--gene-sets", "$D/s.gmt",
                                "--min-size", "2", "--permutations", "50", "--out", "$D/out").expect(74,
                        "senescope gsea: $D/out/gsea.tsv: would overwrite the input $D/out/gsea.tsv; nothing written"),
                bad("output: the GMT is gsea.tsv in the output folder").file("r.rnk", ranks()).file("out/gsea.tsv",
                        GMT).run("gsea", "--ranks", "$D/r.rnk", "--gene-sets", "$D/out/gsea.tsv", "--min-size", "2",
                        "--permutations", "50", "--out", "$D/out").expect(74,
                        "senescope gsea: $D/out/gsea.tsv: would overwrite the input $D/out/gsea.tsv; nothing written"),
                ora("ora: empty gene list", "", "--background-from-sets").expect(65,
                        "senescope ora: $D/g.txt: expected at least one gene, found none"),
                ora("ora: gene list with a NUL byte", "TP53\nIL\u00006\n", "--background-from-sets").expect(65,
                        "senescope ora: $D/g.txt:2:3: binary data (a NUL byte at byte 3); expected a text file"),
                ora("ora: no background option", "TP53\nIL6\n").expect(2,
                        "senescope: Error: Missing required argument (specify one of these): (--background=FILE | "
                        + "--background-from-sets)"),
                ora("ora: --background and --background-from-sets", "TP53\nIL6\n", "--background-from-sets",
                        "--background", "$D/g.txt").expect(2,
                        "senescope: Error: --background=FILE, --background-from-sets are mutually exclusive (specify "
                        + "only one)"),
                ora("ora: empty background", "TP53\nIL6\n", "--background", "$D/b.txt").file("b.txt", "")
                        .expect(65, "senescope ora: $D/b.txt: expected at least one background gene, found none"),
                ora("ora: no selected gene in the background", "FOO\nBAR\n", "--background-from-sets")
                        .expect(65,
                        "senescope ora: $D/g.txt: none of the 2 selected genes is in the background of 8 genes "
                        + "(every gene of the gene sets); nothing written"),
                ora("ora: background file absent", "TP53\n", "--background", "$D/none.txt").expect(74,
                        "senescope ora: $D/none.txt: no such file or folder"),
                bad("ora: the gene list is ora.tsv in the output folder").file("out/ora.tsv", "TP53\nIL6\n")
                        .file("s.gmt", GMT).run("ora", "--genes", "$D/out/ora.tsv", "--gene-sets", "$D/s.gmt",
                                "--min-size", "2", "--background-from-sets", "--out", "$D/out").expect(74,
                        "senescope ora: $D/out/ora.tsv: would overwrite the input $D/out/ora.tsv; nothing written"))
                .map(BadInput::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedLeavingEverythingAsItWas(BadInput c, @TempDir Path dir) throws IOException {
        BadInputRun.assertRefused(c, dir);
    }
}
