package org.senescope.render.recipe;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.format.FigureFormat;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.overlay.ExpressionFilter;

/**
 * Everything that made a figure. Immutable; nulls are not accepted.
 *
 * @param senescopeVersion the Senescope version that drew it
 * @param libraries        drawing libraries and their versions
 * @param geneTable        the gene table and its snapshot date, as the network records it
 * @param network          the network input
 * @param overlays         the overlay inputs, one per condition, in order; empty for a figure without data
 * @param species          the species the overlay's identifiers were read as: auto, human or mouse
 * @param overlayTitle     the overlay's name in legend and caption, empty without data
 * @param valueLabel       what the overlay values are, empty without data
 * @param options          every drawing parameter
 * @param formats          the formats written
 * @param baseName         the output files' base name
 * @param moduleScores     the module-score table drawn as badges: none, or one (a {@code senescope gsea} or
 *                         {@code camera} results file)
 * @param otherSets        what was done with result rows of gene sets that are not network modules: {@code fail} or
 *                         {@code skip}; empty without module scores
 * @param expression       the overlay's {@code --min-expression}, {@link ExpressionFilter#NONE} without one
 */
public record FigureRecipe(String senescopeVersion, Map<String, String> libraries, String geneTable,
                           RecipeInput network, List<RecipeInput> overlays, String species, String overlayTitle,
                           String valueLabel,
                           FigureOptions options, List<FigureFormat> formats, String baseName,
                           List<RecipeInput> moduleScores, String otherSets, ExpressionFilter expression) {

    /** The recipe format's version, written in every recipe. */
    public static final int FORMAT_VERSION = 1;

    public FigureRecipe {
        Objects.requireNonNull(senescopeVersion, "senescopeVersion");
        libraries = Map.copyOf(libraries);
        Objects.requireNonNull(geneTable, "geneTable");
        Objects.requireNonNull(network, "network");
        overlays = List.copyOf(overlays);
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(overlayTitle, "overlayTitle");
        Objects.requireNonNull(valueLabel, "valueLabel");
        Objects.requireNonNull(options, "options");
        formats = List.copyOf(formats);
        Objects.requireNonNull(baseName, "baseName");
        moduleScores = List.copyOf(moduleScores);
        Objects.requireNonNull(otherSets, "otherSets");
        Objects.requireNonNull(expression, "expression");
        if (moduleScores.size() > 1) {
            throw new IllegalArgumentException("a figure shows one module-score table, found " + moduleScores.size());
        }
    }

    /** A recipe without an expression filter. */
    public FigureRecipe(String senescopeVersion, Map<String, String> libraries, String geneTable, RecipeInput network,
                        List<RecipeInput> overlays, String species, String overlayTitle, String valueLabel,
                        FigureOptions options, List<FigureFormat> formats, String baseName,
                        List<RecipeInput> moduleScores, String otherSets) {
        this(senescopeVersion, libraries, geneTable, network, overlays, species, overlayTitle, valueLabel, options,
                formats, baseName, moduleScores, otherSets, ExpressionFilter.NONE);
    }

    /** A recipe without module scores. */
    public FigureRecipe(String senescopeVersion, Map<String, String> libraries, String geneTable, RecipeInput network,
                        List<RecipeInput> overlays, String species, String overlayTitle, String valueLabel,
                        FigureOptions options, List<FigureFormat> formats, String baseName) {
        this(senescopeVersion, libraries, geneTable, network, overlays, species, overlayTitle, valueLabel, options,
                formats, baseName, List.of(), "");
    }
}
