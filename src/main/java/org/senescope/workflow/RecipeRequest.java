package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.render.recipe.FigureRecipe;
import org.senescope.render.recipe.RecipeFormatException;
import org.senescope.render.recipe.RecipeInput;
import org.senescope.render.recipe.Sha256;

/** The figure request a recipe describes, for {@link FigureJob#remake}. Stateless. */
final class RecipeRequest {

    private RecipeRequest() {
    }

    /**
     * The request: the recipe's inputs found relative to its folder and checked against their SHA-256, its
     * parameters, the files going into {@code directory}.
     *
     * @throws RecipeFormatException when an input is missing or changed, a field holds a value no request takes, or
     *                               the figure was drawn from an application's view
     */
    static FigureRequest of(FigureRecipe recipe, Path recipeFile, Path directory) throws IOException {
        Path folder = Objects.requireNonNull(recipeFile.toAbsolutePath().getParent(), "a file has a directory");
        if (recipe.network().path().startsWith(NetworkOrigin.VIEW_PREFIX)
                || recipe.overlays().stream().anyMatch(in -> in.path().startsWith(NetworkOrigin.VIEW_PREFIX))) {
            throw new RecipeFormatException(recipeFile + ": the figure was drawn from a network view in Cytoscape ("
                    + recipe.network().path() + "); the command line remakes figures of the bundled network or of a "
                    + "curation folder, so export the network from Cytoscape and draw it again");
        }
        NetworkOrigin network;
        try {
            network = NetworkOrigin.parse(recipe.network().path());
        } catch (BadRequestException e) {
            throw new RecipeFormatException(recipeFile + ": field 'network.path': " + e.getMessage());
        }
        List<FigureData.Table> tables = new ArrayList<>();
        for (RecipeInput in : recipe.overlays()) {
            tables.add(new FigureData.SavedTable(checkedInput(in, folder, recipeFile), in.condition()));
        }
        FigureData data = tables.isEmpty() ? new FigureData.None()
                : new FigureData.Tables(tables, species(recipe, recipeFile), recipe.overlayTitle(),
                recipe.valueLabel(), recipe.expression());
        List<ModuleScoreTable> scores = new ArrayList<>();
        for (RecipeInput in : recipe.moduleScores()) {
            scores.add(new ModuleScoreTable(checkedInput(in, folder, recipeFile),
                    recipe.otherSets().equals("skip") ? OtherSetPolicy.SKIP : OtherSetPolicy.FAIL));
        }
        return new FigureRequest(network, data, scores, recipe.options(), recipe.formats(), directory,
                recipe.baseName());
    }

    private static SpeciesChoice species(FigureRecipe recipe, Path recipeFile) {
        for (SpeciesChoice choice : SpeciesChoice.values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(recipe.species())) {
                return choice;
            }
        }
        throw new RecipeFormatException(recipeFile + ": field 'species': expected auto, human or mouse, found '"
                + recipe.species() + "'");
    }

    private static Path checkedInput(RecipeInput in, Path folder, Path recipeFile) throws IOException {
        Path file = folder.resolve(in.path());
        if (Files.notExists(file)) {
            throw new RecipeFormatException(recipeFile + ": input " + in.path() + " not found at " + file);
        }
        String actual = Sha256.of(file);
        if (!actual.equals(in.sha256())) {
            throw new RecipeFormatException(recipeFile + ": input " + file + " has SHA-256 " + actual
                    + " but the recipe expects " + in.sha256() + "; the data changed since the figure was made");
        }
        return file;
    }
}
