package org.senescope.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.senescope.failure.BadRequestException;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.output.PlannedFile;
import org.senescope.render.FigureScene;
import org.senescope.render.files.FigureExport;
import org.senescope.render.recipe.FigureRecipe;
import org.senescope.render.recipe.MethodsText;
import org.senescope.render.recipe.NetworkFingerprint;
import org.senescope.render.recipe.RecipeFile;
import org.senescope.render.recipe.RecipeFormatException;
import org.senescope.render.recipe.RecipeInput;

/**
 * The figure job, for {@code senescope figure}, the app's Export figure, the demo and {@code gsea --figure}: draws
 * the network with its data and module scores and plans the figure files with the recipe ({@code BASE.recipe.json},
 * every input by checksum and every parameter), the methods paragraph ({@code BASE.methods.txt}) and, with data, the
 * mapping report ({@code BASE.mapping.tsv}), as one set written whole or not at all. The same request gives the same
 * files from every front end. Stateless and thread-safe; writes nothing itself.
 */
public final class FigureJob {

    /**
     * The seed of the automatic layout a network without a curated one (a curation folder without layout.tsv, a view
     * that places every node at one point) is drawn with; the demo's, so the same network looks the same.
     */
    public static final long FALLBACK_LAYOUT_SEED = 1;

    private FigureJob() {
    }

    /**
     * Makes the figure {@code request} describes.
     *
     * @throws org.senescope.failure.InputFormatException when a table is malformed or its data reach no node
     * @throws org.senescope.knowledge.CurationException  when the network's curation does not build
     * @throws BadRequestException                       when the network's curation folder does not exist, or
     *                                                    the figure has more panels than fit a journal page
     *                                                    ({@link FigureScene#refusal()})
     * @throws IOException                                when an input cannot be read
     */
    public static FigureResult run(FigureRequest request) throws IOException {
        return run(request, request.network().load());
    }

    /**
     * As {@link #run(FigureRequest)}, with the network {@code request} names already loaded, so that a caller that
     * needed it first (e.g. for its modules) does not build it twice.
     */
    public static FigureResult run(FigureRequest request, Network network) throws IOException {
        return draw(request, network, Optional.empty());
    }

    /**
     * Remakes the figure a recipe describes into {@code directory}: the recipe's inputs, found relative to its folder
     * and checked against their SHA-256, and its parameters. The recipe counts as an input: a remade recipe that
     * would replace it is not written when byte-identical, and otherwise refused ({@link RemadeRecipe}).
     *
     * @throws RecipeFormatException when the recipe cannot be read, an input is missing or changed, the network is not
     *                               the one the recipe drew, or the figure was drawn from an application's view
     * @throws IOException           when the recipe or an input cannot be read
     */
    public static FigureResult remake(Path recipeFile, Path directory) throws IOException {
        FigureRecipe recipe = RecipeFile.read(recipeFile);
        FigureRequest request = RecipeRequest.of(recipe, recipeFile, directory);
        FigureResult drawn = draw(request, request.network().load(), Optional.of(recipe.network().sha256()));
        return new FigureResult(drawn.notes(), drawn.warnings(), drawn.options(), drawn.measuredNodes(),
                RemadeRecipe.protect(drawn.files(), recipeFile));
    }

    private static FigureResult draw(FigureRequest request, Network network, Optional<String> expectedSha)
            throws IOException {
        String networkSha = NetworkFingerprint.of(network);
        if (expectedSha.isPresent() && !expectedSha.get().equals(networkSha)) {
            throw new RecipeFormatException("the network has SHA-256 " + networkSha + " but the recipe expects "
                    + expectedSha.get() + "; this Senescope builds a different network");
        }
        // A network without a curated layout has only a placeholder grid: draw it with the automatic layout.
        FigureOptions options = network.hasCuratedLayout() || request.options().layout().automatic()
                ? request.options() : request.options().withLayout(LayoutChoice.automatic(FALLBACK_LAYOUT_SEED));
        FigureInputs.Data data = FigureInputs.data(request.data(), network, request.directory());
        FigureInputs.Scores scores = FigureInputs.scores(request.moduleScores(), network, request.directory());
        Optional<FigureData.Imported> mapped = data.mapped() instanceof FigureData.Imported i ? Optional.of(i)
                : Optional.empty();
        Optional<Overlay> overlay = mapped.map(FigureData.Imported::overlay);
        FigureScene scene = scene(network, overlay, scores.scores().stream().findFirst(), options);
        Optional<String> refusal = scene.refusal();
        if (refusal.isPresent()) {
            throw new BadRequestException(refusal.get());
        }
        FigureRecipe recipe = new FigureRecipe(SenescenceImmunityNetwork.version(), RecipeFile.libraryVersions(),
                network.provenance().getOrDefault("gene_table", ""),
                new RecipeInput(request.network().recipePath(), networkSha, ""),
                data.inputs(), data.species(), overlay.map(Overlay::title).orElse(""),
                overlay.map(Overlay::valueLabel).orElse(""), options, request.formats(), request.baseName(),
                scores.inputs(), scores.otherSets(), data.expression());
        int measured = overlay.map(o -> o.nodes().size()).orElse(0);
        Path directory = request.directory();
        String base = request.baseName();
        List<PlannedFile> files = new ArrayList<>(FigureExport.plan(scene, request.formats(), directory, base));
        if (mapped.isPresent()) {
            files.add(text(directory.resolve(base + ".mapping.tsv"), FigureInputs.reportTsv(mapped.get().report())));
        }
        files.add(text(directory.resolve(base + ".recipe.json"), RecipeFile.toJson(recipe)));
        // A caption left out of the figure to fit the page height goes with the methods text, never nowhere.
        String caption = scene.captionOutsideFigure().map(c -> "\n\n" + FigureCaptionFile.LEFT_OUT + c).orElse("")
                + scene.pageOverflow().map(w -> "\n\nFigure size: " + w + ".").orElse("");
        files.add(text(directory.resolve(base + ".methods.txt"),
                MethodsText.of(recipe, network, measured, FigureInputs.MAPPING_RULE) + caption + "\n"));
        List<String> notes = new ArrayList<>(scores.notes());
        mapped.ifPresent(m -> notes.addAll(m.report().summary()));
        List<String> warnings = scene.pageOverflow().map(w -> w + (scene.pageFitOptions().isEmpty() ? ""
                : "; try " + String.join(" or ", scene.pageFitOptions()))).stream().toList();
        return new FigureResult(notes, warnings, options, measured, new OutputSet(directory, files)
                .reading(request.inputs()).reading(request.network().files()));
    }

    private static FigureScene scene(Network network, Optional<Overlay> overlay, Optional<ModuleScores> scores,
                                     FigureOptions options) {
        if (overlay.isEmpty()) {
            return scores.isEmpty() ? FigureScene.compose(network, options)
                    : FigureScene.compose(network, scores.get(), options);
        }
        return scores.isEmpty() ? FigureScene.compose(network, overlay.get(), options)
                : FigureScene.compose(network, overlay.get(), scores.get(), options);
    }

    private static PlannedFile text(Path target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new PlannedFile(target, out -> out.write(bytes));
    }
}
