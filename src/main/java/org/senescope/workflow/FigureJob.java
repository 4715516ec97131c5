package org.senescope.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.read.results.ModuleScoreFile;
import org.senescope.read.results.ModuleScoreReader;
import org.senescope.read.results.OtherSetPolicy;
import org.senescope.read.table.TableOptions;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.data.Overlay;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.OverlayMapper;
import org.senescope.overlay.OverlayTableWriter;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.render.LayoutChoice;
import org.senescope.render.files.FigureExport;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.FigureOptions;
import org.senescope.render.FigureScene;
import org.senescope.render.recipe.FigureRecipe;
import org.senescope.render.recipe.MethodsText;
import org.senescope.render.recipe.NetworkFingerprint;
import org.senescope.render.recipe.RecipeFile;
import org.senescope.render.recipe.RecipeFormatException;
import org.senescope.render.recipe.RecipeInput;
import org.senescope.render.recipe.Sha256;

/**
 * One figure to make: a network (the bundled one, or one built from a curation folder), optional DE tables to overlay (one per condition), the options and formats.
 * {@link #run} writes the figure files, the recipe ({@code BASE.recipe.json}), the methods paragraph
 * ({@code BASE.methods.txt}) and, with data, the mapping report ({@code BASE.mapping.tsv}) into a folder, all or
 * nothing. Immutable.
 *
 * <p>Overlay files are mapped by {@link OverlayMapper} (the mapping of {@code senescope overlay}: any table its reader
 * takes, identifiers through the gene tables and mouse orthologs, many-to-many families shown as such, the most
 * significant row per node), and the mapping report is written beside the figure as {@code BASE.mapping.tsv}.
 *
 * @param network      {@value #DEFAULT_NETWORK} for the bundled network, or the path of a curation folder (nodes.tsv,
 *                     claims.tsv, modules.tsv, sources.tsv, optional layout.tsv; seeds in its {@code seeds/}
 *                     subfolder, else the bundled seeds); without layout.tsv the figure is laid out automatically
 * @param overlayFiles tables with one value column each (e.g. DESeq2 results), one per condition, in order; empty
 *                     for the network alone
 * @param conditions   the condition names, parallel to {@code overlayFiles}
 * @param species      the species of the tables' identifiers: auto, human or mouse
 * @param overlayTitle names the data in legend, caption and methods
 * @param valueLabel   what the values are, with units
 * @param moduleScoreFiles none, or one {@code senescope gsea} or {@code camera} results table whose module scores are
 *                     drawn as badges on the nodes and listed in the legend
 * @param otherSets    what to do with result rows of gene sets that are not modules of the network
 */
public record FigureJob(String network, List<Path> overlayFiles, List<String> conditions, SpeciesChoice species, String overlayTitle,
                        String valueLabel, FigureOptions options, List<FigureFormat> formats, String baseName,
                        List<Path> moduleScoreFiles, OtherSetPolicy otherSets) {

    /** The network built from the seeds and curation bundled in the jar. */
    public static final String DEFAULT_NETWORK = "default";

    public FigureJob {
        Objects.requireNonNull(network, "network");
        overlayFiles = List.copyOf(overlayFiles);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(overlayTitle, "overlayTitle");
        Objects.requireNonNull(valueLabel, "valueLabel");
        Objects.requireNonNull(options, "options");
        formats = List.copyOf(formats);
        Objects.requireNonNull(baseName, "baseName");
        if (conditions.size() != overlayFiles.size()) {
            throw new IllegalArgumentException(overlayFiles.size() + " overlay files but " + conditions.size()
                    + " condition names");
        }
        moduleScoreFiles = List.copyOf(moduleScoreFiles);
        Objects.requireNonNull(otherSets, "otherSets");
        if (moduleScoreFiles.size() > 1) {
            throw new IllegalArgumentException("a figure shows one module-score table, found " + moduleScoreFiles.size());
        }
    }

    /** A job without module scores. */
    public FigureJob(String network, List<Path> overlayFiles, List<String> conditions, SpeciesChoice species,
                     String overlayTitle, String valueLabel, FigureOptions options, List<FigureFormat> formats,
                     String baseName) {
        this(network, overlayFiles, conditions, species, overlayTitle, valueLabel, options, formats, baseName,
                List.of(), OtherSetPolicy.FAIL);
    }

    /**
     * What was written and how the data mapped.
     *
     * @param files   every file written, figures first
     * @param mapping how the tables reached the network, or empty lines without data
     */
    public record Result(List<Path> files, List<String> mapping) {
        public Result {
            files = List.copyOf(files);
            mapping = List.copyOf(mapping);
        }
    }

    /**
     * The job a recipe describes, its inputs found relative to the recipe's folder and checked against their SHA-256.
     *
     * @throws RecipeFormatException when an input is missing or its checksum differs, naming both checksums
     */
    public static FigureJob fromRecipe(FigureRecipe recipe, Path recipeFile) throws IOException,
            RecipeFormatException {
        Path folder = recipeFile.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        for (RecipeInput in : recipe.overlays()) {
            files.add(checkedInput(in, folder, recipeFile));
        }
        List<Path> moduleScores = new ArrayList<>();
        for (RecipeInput in : recipe.moduleScores()) {
            moduleScores.add(checkedInput(in, folder, recipeFile));
        }
        SpeciesChoice species;
        try {
            species = SpeciesChoice.valueOf(recipe.species().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecipeFormatException(recipeFile + ": field 'species': expected auto, human or mouse, found '"
                    + recipe.species() + "'");
        }
        return new FigureJob(recipe.network().path(), files, recipe.overlays().stream().map(RecipeInput::condition).toList(), species,
                recipe.overlayTitle(), recipe.valueLabel(), recipe.options(), recipe.formats(), recipe.baseName(),
                moduleScores, recipe.otherSets().equals("skip") ? OtherSetPolicy.SKIP : OtherSetPolicy.FAIL);
    }

    private static Path checkedInput(RecipeInput in, Path folder, Path recipeFile) throws IOException,
            RecipeFormatException {
        Path file = folder.resolve(in.path());
        if (!Files.isRegularFile(file)) {
            throw new RecipeFormatException(recipeFile + ": input " + in.path() + " not found at " + file);
        }
        String actual = Sha256.of(file);
        if (!actual.equals(in.sha256())) {
            throw new RecipeFormatException(recipeFile + ": input " + file + " has SHA-256 " + actual
                    + " but the recipe expects " + in.sha256() + "; the data changed since the figure was made");
        }
        return file;
    }

    /**
     * Draws and writes the figure into {@code directory}.
     *
     * @throws org.senescope.failure.InputFormatException when an overlay table is malformed or reaches no node (nothing is written)
     * @throws RecipeFormatException when the bundled network's content differs from {@code expectedNetworkSha}
     */
    public Result run(Path directory, String expectedNetworkSha) throws IOException, CurationException,
            RecipeFormatException {
        return run(loadNetwork(), directory, expectedNetworkSha);
    }

    /**
     * The network this job names.
     *
     * @throws IllegalArgumentException when {@link #network} is neither {@value #DEFAULT_NETWORK} nor a folder
     */
    public Network loadNetwork() throws CurationException {
        return loadNetwork(network);
    }

    /**
     * The network {@code network} names: {@value #DEFAULT_NETWORK} for the bundled one, else a curation folder (see
     * the record's parameters).
     *
     * @throws IllegalArgumentException when {@code network} is neither {@value #DEFAULT_NETWORK} nor a folder
     */
    public static Network loadNetwork(String network) throws CurationException {
        if (network.equals(DEFAULT_NETWORK)) {
            return SenescenceImmunityNetwork.buildBundled();
        }
        Path folder = Path.of(network);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--network: expected 'default' or a curation folder, found '" + network
                    + "'");
        }
        Path seeds = folder.resolve("seeds");
        ResourceDirectory seedFolder = Files.isDirectory(seeds) ? ResourceDirectory.of(seeds)
                : ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS);
        return SenescenceImmunityNetwork.build(ResourceDirectory.of(folder), seedFolder,
                SenescenceImmunityNetwork.bundledGenes());
    }

    /** As {@link #run(Path, String)}, with the network already built (by {@link #loadNetwork()}). */
    public Result run(Network network, Path directory, String expectedNetworkSha) throws IOException,
            RecipeFormatException {
        String networkSha = NetworkFingerprint.of(network);
        // A network without a curated layout has only a placeholder grid: draw it with the automatic layout.
        FigureOptions options = network.hasCuratedLayout() || this.options.layout().automatic() ? this.options
                : this.options.withLayout(LayoutChoice.automatic(1));
        if (!expectedNetworkSha.isEmpty() && !expectedNetworkSha.equals(networkSha)) {
            throw new RecipeFormatException("the network has SHA-256 " + networkSha + " but the recipe "
                    + "expects " + expectedNetworkSha + "; this Senescope builds a different network");
        }
        List<InputTable> tables = new ArrayList<>();
        List<RecipeInput> inputs = new ArrayList<>();
        for (int i = 0; i < overlayFiles.size(); i++) {
            tables.add(InputTableReader.read(overlayFiles.get(i), TableOptions.defaults()));
            inputs.add(new RecipeInput(relative(directory, overlayFiles.get(i)), Sha256.of(overlayFiles.get(i)),
                    conditions.get(i)));
        }
        FigureScene scene;
        List<String> mapping = new ArrayList<>();
        ModuleScores scores = null;
        List<RecipeInput> scoreInputs = new ArrayList<>();
        for (Path file : moduleScoreFiles) {
            ModuleScoreFile read = new ModuleScoreReader().read(file, network.modules().stream().map(Module::id)
                    .collect(java.util.stream.Collectors.toSet()), otherSets);
            scores = read.scores();
            scoreInputs.add(new RecipeInput(relative(directory, file), Sha256.of(file), ""));
            mapping.add("Module scores: " + file + ": " + scores.scores().size() + " of " + network.modules().size()
                    + " modules (" + scores.methodName() + " " + scores.statistic() + ")"
                    + (read.otherSets().isEmpty() ? "" : "; " + read.otherSets().size()
                    + (read.otherSets().size() == 1 ? " gene set that is not a module" : " gene sets that are not modules")
                    + " left out: " + String.join(", ", read.otherSets())));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        int measured = 0;
        if (tables.isEmpty()) {
            scene = scores == null ? FigureScene.compose(network, options)
                    : FigureScene.compose(network, scores, options);
        } else {
            MappedOverlay mapped = new OverlayMapper(network, SenescenceImmunityNetwork.bundledGenes())
                    .map(tables, OverlayOptions.defaults().withSpecies(species));
            Overlay overlay = named(mapped.overlay());
            measured = overlay.nodes().size();
            mapping.addAll(mapped.report().summary());
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            OverlayTableWriter.writeReport(mapped.report(), report);
            extra.put(baseName + ".mapping.tsv", report.toString(StandardCharsets.UTF_8));
            scene = scores == null ? FigureScene.compose(network, overlay, options)
                    : FigureScene.compose(network, overlay, scores, options);
        }
        FigureRecipe recipe = new FigureRecipe(SenescenceImmunityNetwork.version(), RecipeFile.libraryVersions(),
                network.provenance().getOrDefault("gene_table", ""),
                new RecipeInput(this.network, networkSha, ""), inputs, species.name().toLowerCase(java.util.Locale.ROOT),
                overlayTitle, valueLabel, options, formats, baseName, scoreInputs,
                scoreInputs.isEmpty() ? "" : otherSets.name().toLowerCase(java.util.Locale.ROOT));
        extra.put(baseName + ".recipe.json", RecipeFile.toJson(recipe));
        extra.put(baseName + ".methods.txt", MethodsText.of(recipe, network, measured, MAPPING_RULE) + "\n");
        return new Result(FigureExport.write(scene, formats, extra, directory, baseName), mapping);
    }

    /** How {@link OverlayMapper} maps, for the methods text. */
    static final String MAPPING_RULE = "Identifiers were mapped to nodes through the bundled human gene table and the "
            + "curated mouse ortholog table, many-to-many ortholog families shown as such; where several rows reached "
            + "one node the most significant was used, and every row's fate is listed in the mapping report.";

    /** The mapper's overlay with this job's title, value label and condition names, when it made one per file. */
    private Overlay named(Overlay mapped) {
        List<String> names = mapped.conditions().size() == conditions.size() ? conditions : mapped.conditions();
        return new Overlay(overlayTitle, valueLabel, names, mapped.nodes());
    }

    private static String relative(Path directory, Path file) {
        Path d = directory.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(d) ? d.relativize(f).toString() : f.toString();
    }
}
