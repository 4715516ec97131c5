package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.cli.CliFigureRequest;
import org.senescope.cli.SenescopeCommand;
import org.senescope.cytoscape.AppFigureRun;
import org.senescope.model.data.Overlay;
import org.senescope.render.recipe.NetworkFingerprint;
import org.senescope.knowledge.SenescenceImmunityNetwork;

/**
 * The figure job run with the same network, positions and data, once as {@code senescope figure} builds its request
 * and once as the app's Export figure does (in the in-memory Cytoscape): the same notes, the same files, the same
 * figure bytes, recipe and methods text; only the recipe's record of where the network and data came from differs.
 */
class FigureParityTest {

    private static final Path LIVER = Path.of("../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv");

    @TempDir
    Path tmp;

    /** The command line's arguments for what {@code app} drew, data named and scaled as the app's import did. */
    private List<String> cliArguments(AppFigureRun.Run app, Path out) {
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--name", "liver", "--format",
                "svg,png,pdf", "--title", "Liver"));
        if (app.request().data() instanceof FigureData.Imported imported) {
            Overlay o = imported.overlay();
            args.addAll(List.of("--overlay", LIVER.toString(), "--species", "human", "--conditions",
                    String.join(",", o.conditions()), "--data-name", o.title(), "--value-label", o.valueLabel(),
                    "--colour-limit", Double.toString(app.result().options().colourLimit())));
        }
        return args;
    }

    @Test
    void theAppAndTheCommandLineMakeTheSameFigureOfTheSameNetworkAndData() throws Exception {
        AppFigureRun.Run app = AppFigureRun.seedNetwork(tmp.resolve("app/liver.svg"), "png,pdf", "Liver",
                List.of(LIVER), "human");
        List<String> args = cliArguments(app, tmp.resolve("cli"));
        FigureResult fromCli = FigureJob.run(CliFigureRequest.of(args.toArray(String[]::new)));
        FigureResult fromApp = FigureJob.run(app.request());
        assertEquals(fromCli.notes(), fromApp.notes());
        assertEquals(17, fromApp.measuredNodes());
        assertEquals(fromCli.measuredNodes(), fromApp.measuredNodes());
        assertEquals(fromCli.options(), fromApp.options());
        assertEquals(names(fromCli.files()), names(fromApp.files()));

        String out = runCommandLine(args);
        assertEquals(fromApp.notes().stream().map(n -> "Mapping: " + n).toList(),
                out.lines().filter(l -> l.startsWith("Mapping: ")).toList(), "the command line prints the notes");
        Path cli = tmp.resolve("cli");
        Path appFolder = tmp.resolve("app");
        assertEquals(List.of("liver.mapping.tsv", "liver.methods.txt", "liver.pdf", "liver.png", "liver.recipe.json",
                "liver.svg"), list(cli));
        assertEquals(list(cli), list(appFolder));
        for (String name : List.of("liver.svg", "liver.png", "liver.pdf", "liver.mapping.tsv")) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(name)), Files.readAllBytes(appFolder.resolve(name)), name);
        }
        assertEquals(methodsWithoutSource(cli), methodsWithoutSource(appFolder));
        JsonNode cliRecipe = new ObjectMapper().readTree(cli.resolve("liver.recipe.json").toFile());
        JsonNode appRecipe = new ObjectMapper().readTree(appFolder.resolve("liver.recipe.json").toFile());
        assertEquals("default", cliRecipe.at("/network/path").asText());
        assertEquals("cytoscape:Senescence–immunity network", appRecipe.at("/network/path").asText());
        assertEquals("cytoscape:HS_DESeq2_genesymb.tsv", appRecipe.at("/overlays/0/path").asText());
        assertEquals(cliRecipe.at("/network/sha256"), appRecipe.at("/network/sha256"),
                "the view shows the bundled network at its curated positions");
        assertEquals(NetworkFingerprint.of(SenescenceImmunityNetwork.buildBundled()),
                appRecipe.at("/network/sha256").asText());
        assertEquals(withoutSources(cliRecipe), withoutSources(appRecipe));
    }

    @Test
    void withoutDataBothDrawTheNetworkAloneWithRecipeAndMethods() throws Exception {
        AppFigureRun.Run app = AppFigureRun.seedNetwork(tmp.resolve("app/liver.svg"), "png,pdf", "Liver", List.of(),
                "auto");
        List<String> args = cliArguments(app, tmp.resolve("cli"));
        runCommandLine(args);
        Path cli = tmp.resolve("cli");
        Path appFolder = tmp.resolve("app");
        assertEquals(List.of("liver.methods.txt", "liver.pdf", "liver.png", "liver.recipe.json", "liver.svg"),
                list(appFolder));
        assertEquals(list(cli), list(appFolder));
        for (String name : List.of("liver.svg", "liver.png", "liver.pdf")) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(name)), Files.readAllBytes(appFolder.resolve(name)), name);
        }
        assertEquals(methodsWithoutSource(cli), methodsWithoutSource(appFolder));
        ObjectMapper json = new ObjectMapper();
        assertEquals(withoutSources(json.readTree(cli.resolve("liver.recipe.json").toFile())),
                withoutSources(json.readTree(appFolder.resolve("liver.recipe.json").toFile())));
        assertEquals(List.of(), app.result().notes());
    }

    @Test
    void theAppsRecipeRecordsTheFigureButTheCommandLineSaysItCannotRemakeIt() throws Exception {
        AppFigureRun.Run app = AppFigureRun.seedNetwork(tmp.resolve("app/liver.svg"), "", "", List.of(), "auto");
        Path recipe = tmp.resolve("app/liver.recipe.json");
        StringWriter err = new StringWriter();
        int code = SenescopeCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "figure", "--recipe", recipe.toString(), "--out", tmp.resolve("again").toString());
        assertEquals(65, code);
        assertEquals("senescope figure: " + recipe + ": the figure was drawn from a network view in Cytoscape "
                + "(cytoscape:Senescence–immunity network); the command line remakes figures of the bundled network or of a "
                + "curation folder, so export the network from Cytoscape and draw it again\n", err.toString());
        assertEquals(List.of("liver.methods.txt", "liver.recipe.json", "liver.svg"), names(app.result().files()));
    }

    /**
     * The methods text up to its last clause, which says how the recipe holds the inputs: remakable from files on the
     * command line, by content from a Cytoscape view.
     */
    private static String methodsWithoutSource(Path folder) throws Exception {
        String methods = Files.readString(folder.resolve("liver.methods.txt"));
        String remade = "every input and every parameter, from which `senescope figure --recipe` remakes it.\n";
        String viewed = "every input and every parameter, the network and data by their content as the Cytoscape "
                + "view showed them.\n";
        assertTrue(methods.endsWith(remade) || methods.endsWith(viewed), methods);
        return methods.substring(0, methods.lastIndexOf("every input and every parameter"));
    }

    /** The recipe without the fields that name where the network and the data came from. */
    private static JsonNode withoutSources(JsonNode recipe) {
        JsonNode copy = recipe.deepCopy();
        ((ObjectNode) copy.get("network")).remove(List.of("path"));
        copy.get("overlays").forEach(o -> ((ObjectNode) o).remove(List.of("path", "sha256")));
        return copy;
    }

    private static String runCommandLine(List<String> args) {
        List<String> all = new ArrayList<>(List.of("figure"));
        all.addAll(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SenescopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().isEmpty(), err.toString());
        return out.toString();
    }

    private static List<String> names(OutputSet files) {
        return files.paths().stream().map(p -> p.getFileName().toString()).sorted().toList();
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
