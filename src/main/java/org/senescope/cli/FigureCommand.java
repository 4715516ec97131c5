package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.senescope.model.EvidenceType;
import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.overlay.ColourRange;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.workflow.FigureData;
import org.senescope.workflow.FigureJob;
import org.senescope.workflow.FigureRequest;
import org.senescope.workflow.FigureResult;
import org.senescope.workflow.ModuleScoreTable;
import org.senescope.workflow.NetworkOrigin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code senescope figure}: options to a {@link FigureRequest} (or a recipe to remake), {@link FigureJob}, the files
 * written, the notes printed. Failures propagate to {@link SenescopeCommand}.
 */
@Command(name = "figure",
        mixinStandardHelpOptions = true,
        description = {"Draw the network as a publication figure (PNG, SVG, PDF) and an interactive HTML page, with the "
                + "legend inside, a recipe (BASE.recipe.json) and a methods paragraph (BASE.methods.txt) beside it.",
                "Overlay files are tables senescope overlay reads (TSV, CSV, xlsx, GCT; DESeq2, limma, edgeR results), "
                        + "one per condition; their mapping report is written as BASE.mapping.tsv."},
        footer = {"", "Remake a figure exactly: senescope figure --recipe DIR/BASE.recipe.json [--out DIR]"})
final class FigureCommand implements Callable<Integer> {

    /** The title drawn when none is given. */
    static final String DEFAULT_TITLE = "Senescence–immunity network";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--network", paramLabel = "N", defaultValue = NetworkOrigin.BUNDLED_NAME,
            converter = FigureOptionWords.Network.class,
            description = "The network: 'default' (built from the bundled seeds and curation) or a curation folder "
                    + "(nodes.tsv, claims.tsv, modules.tsv, sources.tsv, optional layout.tsv; seeds in its seeds/ "
                    + "subfolder, else the bundled ones). Without layout.tsv the figure is laid out automatically.")
    NetworkOrigin network;

    @Option(names = "--overlay", paramLabel = "FILE", split = ",", description = "DE tables to overlay, one per condition.")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--conditions", paramLabel = "NAME", split = ",",
            description = "Condition names, one per overlay file (default: the file names).")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--species", paramLabel = "SPECIES", defaultValue = "auto",
            converter = FigureOptionWords.Species.class,
            description = "Species of the overlay identifiers: auto, human or mouse (default: ${DEFAULT-VALUE}).")
    SpeciesChoice species;

    @CommandLine.Mixin
    MinExpressionOption minExpression;

    @Option(names = "--data-name", paramLabel = "TEXT", defaultValue = "",
            description = "What the data are, for legend, caption and methods (default: the file names).")
    String dataName;

    @Option(names = "--value-label", paramLabel = "TEXT", defaultValue = "log2 fold change",
            description = "What the values are, with units (default: ${DEFAULT-VALUE}).")
    String valueLabel;

    @Option(names = "--module-scores", paramLabel = "FILE",
            description = "A senescope gsea (gsea.tsv) or camera (camera.tsv) results table of the network's modules: "
                    + "each node gets numbered squares coloured by its modules' scores, listed in the legend.")
    Path moduleScores;

    @Option(names = "--other-sets", paramLabel = "POLICY", defaultValue = "fail",
            converter = FigureOptionWords.OtherSets.class,
            description = "Rows of --module-scores whose gene set is not a module of the network: fail (stop, "
                    + "naming the row) or skip (leave out and report); default ${DEFAULT-VALUE}.")
    OtherSetPolicy otherSets;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            defaultValue = "png,svg,pdf,html", description = "Formats (default: ${DEFAULT-VALUE}).")
    List<FigureFormat> formats;

    @Option(names = "--width", paramLabel = "LENGTH", defaultValue = "double", converter = FigureOptionWords.Width.class,
            description = "Width on paper: e.g. 180mm, 7in, or single (85 mm) or double (180 mm); default double.")
    PhysicalLength width;

    @Option(names = "--dpi", defaultValue = "" + FigureOptions.DEFAULT_DPI,
            description = "Bitmap resolution (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--display", paramLabel = "HOW", converter = FigureOptionWords.Display.class,
            description = "fill, stripes or panels (default: fill for one condition, stripes for up to 8, else panels).")
    ConditionDisplay display;

    @Option(names = "--colour-limit", paramLabel = "X", defaultValue = ColourRange.DEFAULT_HALF_WIDTH_TEXT,
            description = "Values at +-X get the darkest colours; beyond are clamped (default: ${DEFAULT-VALUE}).")
    double colourLimit;

    @Option(names = "--layout", paramLabel = "KIND", defaultValue = "preset", converter = FigureOptionWords.Layout.class,
            description = "preset (the curated layout) or auto (seeded force-directed); default preset.")
    FigureOptionWords.LayoutKind layout;

    @Option(names = "--evidence", paramLabel = "LEVEL", split = ",", converter = FigureOptionWords.Evidence.class,
            description = "Draw only edges of these evidence levels (an edge's level is its strongest claim's): "
                    + "finding, prior-work, review, hypothesis, negative, background (default: all). The caption "
                    + "says what was left out.")
    List<EvidenceType> evidence = new ArrayList<>(Arrays.asList(EvidenceType.values()));

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the automatic layout (default: 1).")
    long seed;

    @Option(names = "--title", defaultValue = "", description = "Title drawn above the figure (default: the network's).")
    String title;

    @Option(names = "--caption", defaultValue = "", description = "A sentence naming the data, first in the caption.")
    String caption;

    @Option(names = "--name", paramLabel = "BASE", defaultValue = "senescence-immunity_figure",
            description = "Base name of the files (default: ${DEFAULT-VALUE}).")
    String baseName;

    @Option(names = "--recipe", paramLabel = "FILE", description = "Remake the figure a recipe describes.")
    Path recipe;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (with --recipe: default the "
            + "recipe's folder).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        FigureResult result;
        Path folder;
        if (recipe != null) {
            refuseOptionsBesideTheRecipe();
            folder = out != null ? out
                    : Objects.requireNonNull(recipe.toAbsolutePath().getParent(), "a file has a directory");
            result = FigureJob.remake(recipe, folder);
        } else if (out != null) {
            folder = out;
            result = FigureJob.run(request());
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out is required (or --recipe)");
        }
        String name = spec.commandLine().getCommandSpec().qualifiedName(" ");
        result.warnings().forEach(w -> spec.commandLine().getErr().println(name + ": warning: " + w));
        result.files().write(overwrite.existingFiles());
        PrintWriter o = spec.commandLine().getOut();
        result.notes().forEach(m -> o.println("Mapping: " + m));
        o.printf("Wrote %d files to %s:%n", result.files().paths().size(), folder);
        result.files().paths().forEach(p -> o.println("  " + p));
        return ExitCodes.OK;
    }

    /** A recipe describes the whole figure: any option beside it but --out and --overwrite would be ignored, so it is refused. */
    private void refuseOptionsBesideTheRecipe() {
        List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(CommandLine.Model.OptionSpec::longestName)
                .filter(name -> !List.of("--recipe", "--out", "--overwrite", "--debug").contains(name)).distinct().toList();
        if (!others.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.join(", ", others)
                    + ": cannot be given with --recipe, which remakes the figure as the recipe describes it "
                    + "(only --out and --overwrite may be given)");
        }
    }

    /** The request the options describe. */
    FigureRequest request() {
        List<String> names = conditions.isEmpty()
                ? overlays.stream().map(p -> p.getFileName().toString().replaceFirst("\\.[^.]*$", "")).toList()
                : conditions;
        if (names.size() != overlays.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--conditions names " + names.size()
                    + " conditions for " + overlays.size() + " overlay files");
        }
        FigureData data = new FigureData.None();
        if (!overlays.isEmpty()) {
            String name = dataName.isBlank()
                    ? String.join(", ", overlays.stream().map(p -> p.getFileName().toString()).toList()) : dataName;
            data = new FigureData.Tables(IntStream.range(0, overlays.size())
                    .<FigureData.Table>mapToObj(i -> new FigureData.SavedTable(overlays.get(i), names.get(i)))
                    .toList(), species, name, valueLabel, minExpression.filter);
        }
        FigureOptions options;
        try {
            options = new FigureOptions(width, dpi, display != null ? display
                    : ConditionDisplay.defaultFor(overlays.size()), title.isBlank() ? DEFAULT_TITLE : title, caption,
                    colourLimit, layout == FigureOptionWords.LayoutKind.AUTO ? LayoutChoice.automatic(seed)
                    : LayoutChoice.PRESET, Set.copyOf(evidence));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return new FigureRequest(network, data, moduleScores == null ? List.of()
                : List.of(new ModuleScoreTable(moduleScores, otherSets)), options, formats, out, baseName);
    }

    /** Converts a format name, saying which names exist when it is not one. */
    static final class FormatConverter implements CommandLine.ITypeConverter<FigureFormat> {
        @Override
        public FigureFormat convert(String value) {
            return FigureFormat.fromName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; expected one of: " + String.join(", ",
                            Arrays.stream(FigureFormat.values()).map(FigureFormat::extension).toList())));
        }
    }
}
