package org.senescope.cli;

import static org.senescope.cli.BadInput.bad;
import static org.senescope.cli.CatalogueInputs.DE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue, part 5: {@code senescope figure} (options, overlays, module scores, recipes),
 * {@code network} (curation, seeds, HGNC), {@code demo} and the top-level command.
 */
class FigureNetworkCatalogueTest {

    /** The recipe {@code figure --format svg --name net} writes, made once, with {@code "key": value} spacing. */
    private static final String RECIPE = madeRecipe();
    private static final String BASE = "\"base_name\": \"net\"";

    private static String madeRecipe() {
        try {
            Path dir = Files.createTempDirectory("catalogue-recipe");
            CliRun run = CliRun.of("figure", "--format", "svg", "--out", dir.toString(), "--name", "net");
            if (run.exitCode() != 0) {
                throw new AssertionError(run.err());
            }
            String json = Files.readString(dir.resolve("net.recipe.json")).replace("\" : ", "\": ");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recipe with {@code from} replaced by {@code to}, which must occur once. */
    private static String json(String from, String to) {
        if (RECIPE.split(java.util.regex.Pattern.quote(from), -1).length != 2) {
            throw new AssertionError(from + " not once in " + RECIPE);
        }
        return RECIPE.replace(from, to);
    }

    /** The recipe with one overlay, {@code path}, whose SHA-256 is all zeros. */
    private static String overlay(String path) {
        return json("\"overlays\": [ ]", "\"overlays\": [ {\"path\": \"" + path + "\", \"sha256\": \""
                + "0".repeat(64) + "\", \"condition\": \"de\"} ]");
    }

    private static BadInput.Builder figure(String name, String... more) {
        return bad(name).run("figure", "--format", "svg", "--out", "$D/out").run(more);
    }

    private static BadInput.Builder recipe(String name, String json) {
        return bad(name).file("r.json", json).run("figure", "--recipe", "$D/r.json", "--out", "$D/out");
    }

    static Stream<Named<BadInput>> cases() {
        return Stream.of(
                figure("figure: unknown --format").run("--format", "bmp").expect(2,
                        "senescope: Invalid value for option '--format' (FORMAT): unknown format 'bmp'; expected one "
                        + "of: png, svg, pdf, html"),
                figure("figure: zero --dpi", "--dpi", "0").expect(2,
                        "senescope: dpi must be between 72 and 1200, found 0"),
                figure("figure: --width without a unit", "--width", "180").expect(2,
                        "senescope: Invalid value for option '--width': '180' is not a length; expected e.g. 180mm, "
                        + "18cm, 7in, single (85 mm) or double (180 mm)"),
                figure("figure: unknown --layout", "--layout", "circle").expect(2,
                        "senescope: Invalid value for option '--layout': expected preset or auto, found 'circle'"),
                figure("figure: unknown --display", "--display", "bars").expect(2,
                        "senescope: Invalid value for option '--display': unknown display 'bars'; expected fill, "
                        + "stripes or panels"),
                figure("figure: unknown --evidence level", "--evidence", "rumour").expect(2,
                        "senescope: Invalid value for option '--evidence' (LEVEL): expected finding, prior-work, "
                        + "review, hypothesis, negative, background, found 'rumour'"),
                figure("figure: --conditions without --overlay", "--conditions", "a").expect(2,
                        "senescope: --conditions names 1 conditions for 0 overlay files"),
                figure("figure: negative --colour-limit", "--colour-limit", "-1").expect(2,
                        "senescope: the colour limit must be positive and finite, found -1.0"),
                figure("figure: unknown --network", "--network", "other.cx2").expect(2,
                        "senescope: Invalid value for option '--network': the network must be 'default' or a "
                        + "curation folder, found 'other.cx2'"),
                figure("figure: --overlay file absent", "--overlay", "$D/none.tsv").expect(74,
                        "senescope figure: $D/none.tsv: no such file or folder"),
                figure("figure: --overlay empty file", "--overlay", "$D/de.tsv").file("de.tsv", "").expect(65,
                        "senescope figure: $D/de.tsv: empty file (no rows); expected a table"),
                figure("figure: --overlay header only", "--overlay", "$D/de.tsv")
                        .file("de.tsv", DE.substring(0, DE.indexOf('\n') + 1)).expect(65,
                        "senescope figure: $D/de.tsv:1: a header without data rows; expected at least one row after "
                        + "the header"),
                figure("figure: --module-scores empty file", "--module-scores", "$D/gsea.tsv").file("gsea.tsv", "")
                        .expect(65, "senescope figure: $D/gsea.tsv: empty file (no rows); expected a table"),
                figure("figure: --module-scores without its columns", "--module-scores", "$D/gsea.tsv")
                        .file("gsea.tsv", "set\tscore\nM1\t1\n").expect(65,
                        "senescope figure: $D/gsea.tsv:1: missing columns 'gene_set', 'NES', 'p', 'q_bh', "
                        + "'size_in_data'; expected a senescope gsea table (gene_set, NES, p, q_bh, size_in_data) or a "
                        + "senescope camera table (gene_set, genes, direction, p, fdr)"),
                figure("figure: --overlay is the figure's own output", "--overlay", "$D/out/x.svg", "--name", "x")
                        .file("out/x.svg", DE).expect(74,
                        "senescope figure: $D/out/x.svg: would overwrite the input $D/out/x.svg; nothing written"),
                figure("figure: --name is a path", "--name", "a/b").expect(2,
                        "senescope figure: name: must be a plain file name, found 'a/b'"),
                recipe("recipe: empty file", "").expect(65,
                        "senescope figure: $D/r.json: empty file; expected a JSON recipe (an object: { ... })"),
                recipe("recipe: not JSON", "format: svg\n").expect(65,
                        "senescope figure: $D/r.json:1:1: found 'format'; expected a JSON recipe, an object starting "
                        + "with '{'"),
                recipe("recipe: truncated JSON", RECIPE.substring(0, 80)).expect(65,
                        "senescope figure: $D/r.json:5:8: the file ends inside the JSON (unexpected end-of-input in "
                        + "field name); expected a complete JSON recipe (cut short?)"),
                recipe("recipe: a JSON array", "[1, 2]").expect(65,
                        "senescope figure: $D/r.json:1:1: found '['; expected a JSON recipe, an object starting with "
                        + "'{'"),
                recipe("recipe: unknown key", json(BASE, BASE + ", \"colour\": \"red\"")).expect(65,
                        "senescope figure: $D/r.json: field 'colour': not a recipe field; expected only "
                        + "recipe_format, senescope_version, libraries, gene_table, network, overlays, species, "
                        + "overlay_title, value_label, options, formats, base_name, module_scores, other_sets, "
                        + "min_expression"),
                recipe("recipe: dpi is text", json("\"dpi\": 300", "\"dpi\": \"high\""))
                        .expect(65,
                        "senescope figure: $D/r.json: field 'options.dpi': expected an integer, found high"),
                recipe("recipe: formats is a string", json("\"formats\": [ \"svg\" ]", "\"formats\": \"svg\""))
                        .expect(65, "senescope figure: $D/r.json: field 'formats': expected a list, found svg"),
                recipe("recipe: unknown format", json("\"formats\": [ \"svg\" ]", "\"formats\": [ \"bmp\" ]"))
                        .expect(65,
                        "senescope figure: $D/r.json: field 'formats': unknown format 'bmp'; expected png, svg, pdf "
                        + "or html"),
                recipe("recipe: base_name climbs out of the folder", json(BASE, "\"base_name\": \"../../x\""))
                        .expect(65,
                        "senescope figure: $D/r.json: field 'base_name': expected a plain file name, found '../../x'"),
                recipe("recipe: base_name is an absolute path", json(BASE, "\"base_name\": \"/tmp/x\"")).expect(65,
                        "senescope figure: $D/r.json: field 'base_name': expected a plain file name, found '/tmp/x'"),
                recipe("recipe: recipe_format from the future", json("\"recipe_format\": 1",
                        "\"recipe_format\": 9")).expect(65,
                        "senescope figure: $D/r.json: field 'recipe_format': expected 1, found 9"),
                recipe("recipe: bad sha256", RECIPE.replaceAll("\"sha256\": \"[0-9a-f]{64}\"", "\"sha256\": \"xyz\""))
                        .expect(65,
                        "senescope figure: $D/r.json: field 'network.sha256': expected 64 lower-case hex digits, "
                        + "found 'xyz'"),
                recipe("recipe: overlay changed since the figure", overlay("de.tsv")).file("de.tsv", DE)
                        .expect(65,
                        "senescope figure: $D/r.json: input $D/de.tsv has SHA-256 "
                        + "54ddd7335ea315e41f0c666db34d383e1607459a096db804f5c6e64b3bf231e4 but the recipe expects "
                        + "0000000000000000000000000000000000000000000000000000000000000000; the data changed since "
                        + "the figure was made"),
                recipe("recipe: overlay absent", overlay("../no-such-folder/de.tsv")).expect(65,
                        "senescope figure: $D/r.json: input ../no-such-folder/de.tsv not found at "
                        + "$D/../no-such-folder/de.tsv"),
                recipe("recipe: missing base_name", json(",\n  " + BASE, ""))
                        .expect(65, "senescope figure: $D/r.json: field 'base_name': missing"),
                bad("recipe: with --format too").file("r.json", RECIPE).run("figure", "--recipe",
                        "$D/r.json", "--format", "png", "--out", "$D/out").expect(2,
                        "senescope: --format: cannot be given with --recipe, which remakes the figure as the recipe "
                        + "describes it (only --out and --overwrite may be given)"),
                bad("network: --curation folder absent").run("network", "--curation", "$D/none", "--seeds", "seeds",
                        "--out", "$D/out").expect(74, "senescope network: $D/none: no such file or folder"),
                bad("network: --curation without --seeds").file("c/claims.tsv", "x\n").run("network", "--curation",
                        "$D/c", "--out", "$D/out").expect(2,
                        "senescope: --curation and --seeds go together; give both or neither"),
                bad("network: curation folder without its tables").file("c/claims.tsv", "x\n").run("network",
                        "--curation", "$D/c", "--seeds", "seeds", "--out", "$D/out").expect(65,
                        "senescope network: $D/c/sources.tsv: file not found"),
                bad("network: --hgnc empty file").file("hgnc.txt", "").run("network", "--hgnc", "$D/hgnc.txt",
                        "--out", "$D/out").expect(65,
                        "senescope network: $D/hgnc.txt:1: expected the HGNC header, found an empty file"),
                bad("network: --hgnc with the wrong header").file("hgnc.txt", "a\tb\n1\t2\n").run("network", "--hgnc",
                        "$D/hgnc.txt", "--out", "$D/out").expect(65,
                        "senescope network: $D/hgnc.txt:1:1: expected HGNC column 'Approved symbol', found 'a'"),
                bad("network: unknown --format").run("network", "--format", "dot", "--out", "$D/out").expect(2,
                        "senescope: Invalid value for option '--format' (FORMAT): unknown format 'dot'; expected one "
                        + "of: cx2, xgmml, graphml, sif, cyjs"),
                bad("network: --seeds is a file").file("s.txt", "x").run("network", "--curation",
                        "networks/senescence-immunity", "--seeds", "$D/s.txt", "--out", "$D/out").expect(74,
                        "senescope network: $D/s.txt: not a folder"),
                bad("demo: --seed not a number").run("demo", "--seed", "x", "--out", "$D/out").expect(2,
                        "senescope: Invalid value for option '--seed': 'x' is not a long"),
                bad("demo: --out is a file").file("o", "x").run("demo", "--out", "$D/o").expect(74,
                        "senescope demo: $D/o: already exists"),
                bad("demo: unknown option").run("demo", "--size", "3", "--out", "$D/out").expect(2,
                        "senescope: Unknown options: '--size', '3'"),
                bad("command: unknown").run("plot", "--out", "$D/out").expect(2,
                        "senescope: Unmatched arguments from index 0: 'plot', '--out', '$D/out'"))
                .map(BadInput::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedLeavingEverythingAsItWas(BadInput c, @TempDir Path dir) throws IOException {
        BadInputRun.assertRefused(c, dir);
    }
}
