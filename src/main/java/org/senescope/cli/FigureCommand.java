package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.senescope.workflow.FigureJob;
import org.senescope.failure.InputFormatException;
import org.senescope.read.results.OtherSetPolicy;
import org.senescope.knowledge.CurationException;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.render.ConditionDisplay;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.FigureOptions;
import org.senescope.render.LayoutChoice;
import org.senescope.render.PhysicalLength;
import org.senescope.render.recipe.FigureRecipe;
import org.senescope.render.recipe.RecipeFile;
import org.senescope.render.recipe.RecipeFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code senescope figure}: a publication figure of the network, optionally with DE tables overlaid. */
@Command(name = "figure",
        mixinStandardHelpOptions = true,
        description = {"Draw the network as a publication figure (PNG, SVG, PDF) and an interactive HTML page, with the "
                + "legend inside, a recipe (BASE.recipe.json) and a methods paragraph (BASE.methods.txt) beside it.",
                "Overlay files are tables senescope overlay reads (TSV, CSV, xlsx, GCT; DESeq2, limma, edgeR results), "
                        + "one per condition; their mapping report is written as BASE.mapping.tsv."},
        footer = {"", "Remake a figure exactly: senescope figure --recipe DIR/BASE.recipe.json [--out DIR]"})
final class FigureCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--network", paramLabel = "N", defaultValue = FigureJob.DEFAULT_NETWORK,
            description = "The network: 'default' (built from the bundled seeds and curation) or a curation folder "
                    + "(nodes.tsv, claims.tsv, modules.tsv, sources.tsv, optional layout.tsv; seeds in its seeds/ "
                    + "subfolder, else the bundled ones). Without layout.tsv the figure is laid out automatically.")
    String network;

    @Option(names = "--overlay", paramLabel = "FILE", split = ",", description = "DE tables to overlay, one per condition.")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--conditions", paramLabel = "NAME", split = ",",
            description = "Condition names, one per overlay file (default: the file names).")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--species", paramLabel = "SPECIES", defaultValue = "auto",
            description = "Species of the overlay identifiers: auto, human or mouse (default: ${DEFAULT-VALUE}).")
    String species;

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
            description = "Rows of --module-scores whose gene set is not a module of the network: fail (stop, "
                    + "naming the row) or skip (leave out and report); default ${DEFAULT-VALUE}.")
    String otherSets;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            defaultValue = "png,svg,pdf,html", description = "Formats (default: ${DEFAULT-VALUE}).")
    List<FigureFormat> formats;

    @Option(names = "--width", paramLabel = "LENGTH", defaultValue = "double",
            description = "Width on paper: e.g. 180mm, 7in, or single (85 mm) or double (180 mm); default double.")
    String width;

    @Option(names = "--dpi", defaultValue = "" + FigureOptions.DEFAULT_DPI,
            description = "Bitmap resolution (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--display", paramLabel = "HOW",
            description = "fill, stripes or panels (default: fill for one condition, stripes for up to 8, else panels).")
    String display;

    @Option(names = "--colour-limit", paramLabel = "X", defaultValue = "2",
            description = "Values at +-X get the darkest colours; beyond are clamped (default: ${DEFAULT-VALUE}).")
    double colourLimit;

    @Option(names = "--layout", paramLabel = "KIND", defaultValue = "preset",
            description = "preset (the curated layout) or auto (seeded force-directed); default preset.")
    String layout;

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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (recipe == null && out == null) {
            err.println("senescope figure: --out is required (or --recipe)");
            return ExitCodes.USAGE;
        }
        try {
            FigureJob job = jobFromOptions();
            Path folder = out;
            String expectedNetwork = "";
            if (recipe != null) {
                FigureRecipe r = RecipeFile.read(recipe);
                job = FigureJob.fromRecipe(r, recipe);
                expectedNetwork = r.network().sha256();
                folder = out != null ? out : recipe.toAbsolutePath().getParent();
            }
            FigureJob.Result result = job.run(folder, expectedNetwork);
            PrintWriter o = spec.commandLine().getOut();
            result.mapping().forEach(m -> o.println("Mapping: " + m));
            o.printf("Wrote %d files to %s:%n", result.files().size(), folder);
            result.files().forEach(p -> o.println("  " + p));
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("senescope figure: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InputFormatException | RecipeFormatException e) {
            err.println("senescope figure: " + e.getMessage() + "; nothing written");
            return ExitCodes.DATA_ERROR;
        } catch (CurationException e) {
            e.problems().forEach(err::println);
            return ExitCodes.DATA_ERROR;
        } catch (IOException e) {
            err.println("senescope figure: cannot read or write " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
    }

    private FigureJob jobFromOptions() {
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("--name must be a plain file name, found '" + baseName + "'");
        }
        List<String> names = conditions.isEmpty()
                ? overlays.stream().map(p -> p.getFileName().toString().replaceFirst("\\.[^.]*$", "")).toList()
                : conditions;
        if (names.size() != overlays.size()) {
            throw new IllegalArgumentException("--conditions names " + names.size() + " conditions for "
                    + overlays.size() + " overlay files");
        }
        ConditionDisplay how = display != null ? ConditionDisplay.fromLabel(display)
                : overlays.size() <= 1 ? ConditionDisplay.FILL
                : overlays.size() <= FigureOptions.MAX_STRIPES ? ConditionDisplay.STRIPES : ConditionDisplay.PANELS;
        LayoutChoice where = switch (layout) {
            case "preset" -> LayoutChoice.PRESET;
            case "auto" -> LayoutChoice.automatic(seed);
            default -> throw new IllegalArgumentException("--layout: expected preset or auto, found '" + layout + "'");
        };
        String data = dataName.isBlank() ? String.join(", ", overlays.stream().map(p -> p.getFileName().toString())
                .toList()) : dataName;
        FigureOptions options = new FigureOptions(PhysicalLength.parse(width), dpi, how,
                title.isBlank() ? "Senescence–immunity network" : title, caption, colourLimit, where);
        SpeciesChoice choice = switch (species) {
            case "auto" -> SpeciesChoice.AUTO;
            case "human" -> SpeciesChoice.HUMAN;
            case "mouse" -> SpeciesChoice.MOUSE;
            default -> throw new IllegalArgumentException("--species: expected auto, human or mouse, found '" + species
                    + "'");
        };
        OtherSetPolicy others = switch (otherSets) {
            case "fail" -> OtherSetPolicy.FAIL;
            case "skip" -> OtherSetPolicy.SKIP;
            default -> throw new IllegalArgumentException("--other-sets: expected fail or skip, found '" + otherSets
                    + "'");
        };
        return new FigureJob(network, overlays, names, choice, data, valueLabel, options,
                formats.stream().distinct().toList(), baseName, moduleScores == null ? List.of() : List.of(moduleScores), others);
    }

    /** Converts a format name, saying which names exist when it is not one. */
    static final class FormatConverter implements CommandLine.ITypeConverter<FigureFormat> {
        @Override
        public FigureFormat convert(String value) {
            return FigureFormat.fromName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; expected one of: " + Arrays.stream(FigureFormat.values())
                            .map(FigureFormat::extension).collect(Collectors.joining(", "))));
        }
    }
}
