package org.senescope.cli;

import static org.senescope.cli.BadInput.bad;
import static org.senescope.cli.CatalogueInputs.DE;
import static org.senescope.cli.CatalogueInputs.GMT;
import static org.senescope.cli.CatalogueInputs.SHEET;
import static org.senescope.cli.CatalogueInputs.matrix;
import static org.senescope.cli.CatalogueInputs.ranks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue, part 6: a folder, a named pipe with no writer or a device where a file is expected, for
 * every reader of every command (refused by name, at once, exit 74; a FIFO never blocks the read), and a file where a
 * folder is expected.
 */
class SpecialInputsCatalogueTest {

    private static final String GSEA_SETS = "--gene-sets";

    /** {@code overlay} of {@code data}. */
    private static BadInput.Builder overlay(String name, String data) {
        return bad(name).run("overlay", data, "--out", "$D/out");
    }

    /** {@code gsea --ranks ranks --gene-sets sets}, with valid files at {@code $D/r.rnk} and {@code $D/s.gmt}. */
    private static BadInput.Builder gsea(String name, String ranks, String sets) {
        return bad(name).file("r.rnk", ranks()).file("s.gmt", GMT).run("gsea", "--ranks", ranks, GSEA_SETS, sets,
                "--min-size", "2", "--permutations", "50", "--out", "$D/out");
    }

    /** {@code ora --genes genes --background background}, with valid files at {@code $D/g.txt}, {@code $D/b.txt}. */
    private static BadInput.Builder ora(String name, String genes, String background) {
        return bad(name).file("g.txt", "TP53\nIL6\n").file("b.txt", String.join("\n", CatalogueInputs.GENES))
                .file("s.gmt", GMT).run("ora", "--genes", genes, "--background", background, GSEA_SETS, "$D/s.gmt",
                        "--min-size", "2", "--out", "$D/out");
    }

    /** {@code score --expression matrix --groups groups}, with valid files at {@code $D/m.tsv}, {@code $D/g.tsv}. */
    private static BadInput.Builder score(String name, String matrix, String groups) {
        return bad(name).file("m.tsv", matrix()).file("g.tsv", SHEET).file("s.gmt", GMT).run("score",
                "--expression", matrix, "--groups", groups, GSEA_SETS, "$D/s.gmt", "--min-size", "2", "--method",
                "zscore", "--out", "$D/out");
    }

    private static BadInput.Builder figure(String name, String option, String file) {
        return bad(name).run("figure", "--format", "svg", option, file, "--out", "$D/out");
    }

    static Stream<Named<BadInput>> cases() {
        return Stream.concat(folders(), pipesAndDevices()).map(BadInput::named);
    }

    private static Stream<BadInput> folders() {
        return Stream.of(
                overlay("folder: overlay data", "$D/de.tsv").folder("de.tsv").expect(74,
                        "senescope overlay: $D/de.tsv: is a folder; expected a file"),
                overlay("folder: overlay --groups", "$D/m.tsv").file("m.tsv", matrix()).folder("g.cls")
                        .run("--groups", "$D/g.cls", "--contrast", "M-W").expect(74,
                        "senescope overlay: $D/g.cls: is a folder; expected a file"),
                gsea("folder: gsea --ranks", "$D/x.rnk", "$D/s.gmt").folder("x.rnk").expect(74,
                        "senescope gsea: $D/x.rnk: is a folder; expected a file"),
                gsea("folder: gsea --gene-sets", "$D/r.rnk", "$D/x.gmt").folder("x.gmt").expect(74,
                        "senescope gsea: $D/x.gmt: is a folder; expected a file"),
                bad("folder: gsea --table").folder("t.tsv").file("s.gmt", GMT).run("gsea", "--table", "$D/t.tsv",
                        "--column", "stat", GSEA_SETS, "$D/s.gmt", "--out", "$D/out").expect(74,
                        "senescope gsea: $D/t.tsv: is a folder; expected a file"),
                ora("folder: ora --genes", "$D/x.txt", "$D/b.txt").folder("x.txt").expect(74,
                        "senescope ora: $D/x.txt: is a folder; expected a file"),
                ora("folder: ora --background", "$D/g.txt", "$D/x.txt").folder("x.txt").expect(74,
                        "senescope ora: $D/x.txt: is a folder; expected a file"),
                score("folder: score --expression", "$D/x.tsv", "$D/g.tsv").folder("x.tsv").expect(74,
                        "senescope score: $D/x.tsv: is a folder; expected a file"),
                score("folder: score --groups", "$D/m.tsv", "$D/x.tsv").folder("x.tsv").expect(74,
                        "senescope score: $D/x.tsv: is a folder; expected a file"),
                bad("folder: camera --groups").file("m.tsv", matrix()).file("s.gmt", GMT).folder("g.cls")
                        .run("camera", "--expression", "$D/m.tsv", GSEA_SETS, "$D/s.gmt", "--groups", "$D/g.cls",
                                "--contrast", "M-W", "--out", "$D/out").expect(74,
                        "senescope camera: $D/g.cls: is a folder; expected a file"),
                figure("folder: figure --overlay", "--overlay", "$D/x.tsv").folder("x.tsv").expect(74,
                        "senescope figure: $D/x.tsv: is a folder; expected a file"),
                figure("folder: figure --module-scores", "--module-scores", "$D/x.tsv").folder("x.tsv").expect(74,
                        "senescope figure: $D/x.tsv: is a folder; expected a file"),
                bad("folder: figure --recipe").folder("r.json").run("figure", "--recipe", "$D/r.json", "--out",
                        "$D/out").expect(74, "senescope figure: $D/r.json: is a folder; expected a file"),
                bad("folder: network --hgnc").folder("hgnc.txt").run("network", "--hgnc", "$D/hgnc.txt", "--out",
                        "$D/out").expect(74, "senescope network: $D/hgnc.txt: is a folder; expected a file"),
                bad("file: network --curation is a file").file("c", "x").run("network", "--curation", "$D/c",
                        "--seeds", "seeds", "--out", "$D/out").expect(74,
                        "senescope network: $D/c: not a folder"));
    }

    private static Stream<BadInput> pipesAndDevices() {
        return Stream.of(
                overlay("fifo: overlay data", "$D/de.tsv").fifo("de.tsv").expect(74,
                        "senescope overlay: $D/de.tsv: is a named pipe (FIFO); expected a file"),
                gsea("fifo: gsea --ranks", "$D/x.rnk", "$D/s.gmt").fifo("x.rnk").expect(74,
                        "senescope gsea: $D/x.rnk: is a named pipe (FIFO); expected a file"),
                gsea("fifo: gsea --gene-sets", "$D/r.rnk", "$D/x.gmt").fifo("x.gmt").expect(74,
                        "senescope gsea: $D/x.gmt: is a named pipe (FIFO); expected a file"),
                ora("fifo: ora --genes", "$D/x.txt", "$D/b.txt").fifo("x.txt").expect(74,
                        "senescope ora: $D/x.txt: is a named pipe (FIFO); expected a file"),
                ora("fifo: ora --background", "$D/g.txt", "$D/x.txt").fifo("x.txt").expect(74,
                        "senescope ora: $D/x.txt: is a named pipe (FIFO); expected a file"),
                score("fifo: score --expression", "$D/x.tsv", "$D/g.tsv").fifo("x.tsv").expect(74,
                        "senescope score: $D/x.tsv: is a named pipe (FIFO); expected a file"),
                score("fifo: score --groups", "$D/m.tsv", "$D/x.tsv").fifo("x.tsv").expect(74,
                        "senescope score: $D/x.tsv: is a named pipe (FIFO); expected a file"),
                figure("fifo: figure --overlay", "--overlay", "$D/x.tsv").fifo("x.tsv").expect(74,
                        "senescope figure: $D/x.tsv: is a named pipe (FIFO); expected a file"),
                bad("fifo: figure --recipe").fifo("r.json").run("figure", "--recipe", "$D/r.json", "--out",
                        "$D/out").expect(74, "senescope figure: $D/r.json: is a named pipe (FIFO); expected a file"),
                bad("fifo: network --hgnc").fifo("hgnc.txt").run("network", "--hgnc", "$D/hgnc.txt", "--out",
                        "$D/out").expect(74,
                        "senescope network: $D/hgnc.txt: is a named pipe (FIFO); expected a file"),
                overlay("device: overlay data", "/dev/null").expect(74,
                        "senescope overlay: /dev/null: is a device; expected a file"),
                gsea("device: gsea --ranks", "/dev/null", "$D/s.gmt").expect(74,
                        "senescope gsea: /dev/null: is a device; expected a file"),
                ora("device: ora --genes", "/dev/zero", "$D/b.txt").expect(74,
                        "senescope ora: /dev/zero: is a device; expected a file"),
                score("device: score --expression", "/dev/zero", "$D/g.tsv").expect(74,
                        "senescope score: /dev/zero: is a device; expected a file"),
                figure("device: figure --overlay", "--overlay", "/dev/urandom").expect(74,
                        "senescope figure: /dev/urandom: is a device; expected a file"),
                overlay("device: overlay data, a DE table as well", "/dev/null").file("de.tsv", DE)
                        .run("$D/de.tsv").expect(74, "senescope overlay: /dev/null: is a device; expected a file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedLeavingEverythingAsItWas(BadInput c, @TempDir Path dir) throws IOException {
        BadInputRun.assertRefused(c, dir);
    }
}
