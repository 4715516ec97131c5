package org.senescope.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Species;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.data.Overlay;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.MappingReport;
import org.senescope.overlay.OverlayMapper;
import org.senescope.overlay.OverlayTableWriter;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.read.results.ModuleScoreFile;
import org.senescope.read.results.ModuleScoreReader;
import org.senescope.read.table.TableOptions;
import org.senescope.render.recipe.OverlayFingerprint;
import org.senescope.render.recipe.RecipeInput;
import org.senescope.render.recipe.Sha256;

/**
 * A figure's data and module scores as {@link FigureJob} draws and records them: tables read and mapped onto the
 * network (the mapping of {@code senescope overlay}), data an application mapped taken as they are, each with the
 * recipe's record of where it came from. Stateless.
 */
final class FigureInputs {

    /** How {@link OverlayMapper} maps, for the methods text. */
    static final String MAPPING_RULE = "Identifiers were mapped to nodes through the bundled human gene table and the "
            + "curated mouse ortholog table, many-to-many ortholog families shown as such; where several rows reached "
            + "one node the most significant was used, and every row's fate is listed in the mapping report.";

    /**
     * The data as drawn.
     *
     * @param mapped  {@link FigureData.None} or {@link FigureData.Imported}: the values on the network's nodes
     * @param inputs  the recipe's overlay inputs, one per condition
     * @param species how the identifiers were read, for the recipe: auto, human or mouse
     * @param expression the tables' {@code --min-expression}, for the recipe
     */
    record Data(FigureData mapped, List<RecipeInput> inputs, String species, ExpressionFilter expression) {
        Data {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(mapped, "mapped");
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(species, "species");
        }
    }

    /**
     * The module scores as drawn.
     *
     * @param scores    none or one
     * @param inputs    the recipe's module-score inputs, parallel to {@code scores}
     * @param otherSets the recipe's word for the other-set policy, empty without scores
     * @param notes     one line per table read
     */
    record Scores(List<ModuleScores> scores, List<RecipeInput> inputs, String otherSets, List<String> notes) {
        Scores {
            scores = List.copyOf(scores);
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(otherSets, "otherSets");
            notes = List.copyOf(notes);
        }
    }

    private FigureInputs() {
    }

    /**
     * {@code data} on {@code network}, recipe paths relative to {@code directory} where the files lie inside it.
     *
     * @throws org.senescope.failure.InputFormatException when a table is malformed or reaches no node
     * @throws IOException                                when a table cannot be read
     */
    static Data data(FigureData data, Network network, Path directory) throws IOException {
        if (data instanceof FigureData.Tables tables) {
            return mapped(tables, network, directory);
        }
        if (data instanceof FigureData.Imported imported) {
            Overlay overlay = imported.overlay();
            String sha = OverlayFingerprint.of(overlay);
            return new Data(imported, overlay.conditions().stream()
                    .map(c -> new RecipeInput(NetworkOrigin.VIEW_PREFIX + overlay.title(), sha, c)).toList(),
                    speciesRead(imported.report()), ExpressionFilter.NONE);
        }
        return new Data(data, List.of(), "auto", ExpressionFilter.NONE);
    }

    private static Data mapped(FigureData.Tables data, Network network, Path directory) throws IOException {
        List<InputTable> tables = new ArrayList<>();
        List<RecipeInput> inputs = new ArrayList<>();
        for (FigureData.Table table : data.tables()) {
            String sha;
            if (table instanceof FigureData.UnsavedTable unsaved) {
                byte[] bytes = unsaved.text().getBytes(StandardCharsets.UTF_8);
                tables.add(InputTableReader.read(unsaved.file().toString(), bytes, TableOptions.defaults()));
                sha = Sha256.of(bytes);
            } else {
                tables.add(InputTableReader.read(table.file(), TableOptions.defaults()));
                sha = Sha256.of(table.file());
            }
            inputs.add(new RecipeInput(relative(directory, table.file()), sha, table.condition()));
        }
        MappedOverlay result = new OverlayMapper(network, SenescenceImmunityNetwork.bundledGenes())
                .map(tables, OverlayOptions.defaults().withSpecies(data.species()).withExpression(data.expression()));
        Overlay mapped = result.overlay();
        // The mapper names a condition per value column; with one per table, the request's names are the ones to show.
        List<String> names = mapped.conditions().size() == data.tables().size()
                ? data.tables().stream().map(FigureData.Table::condition).toList() : mapped.conditions();
        Overlay named = new Overlay(data.title(), data.valueLabel(), names, mapped.nodes());
        return new Data(new FigureData.Imported(named, result.report()), inputs,
                data.species().name().toLowerCase(Locale.ROOT), data.expression());
    }

    /** The one species every identifier column was read as, else auto. */
    private static String speciesRead(MappingReport report) {
        Set<Species> read = report.columns().stream().map(c -> c.kind().species()).collect(Collectors.toSet());
        return read.size() == 1 && read.iterator().next() != Species.UNSPECIFIED ? read.iterator().next().label()
                : "auto";
    }

    /**
     * The module-score tables on {@code network}.
     *
     * @throws org.senescope.failure.InputFormatException when a table is malformed or names a set that is not a
     *                                                    module while the policy says fail
     * @throws IOException                                when a table cannot be read
     */
    static Scores scores(List<ModuleScoreTable> tables, Network network, Path directory) throws IOException {
        Set<String> moduleIds = network.modules().stream().map(Module::id).collect(Collectors.toSet());
        List<ModuleScores> scores = new ArrayList<>();
        List<RecipeInput> inputs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ModuleScoreTable table : tables) {
            ModuleScoreFile read = new ModuleScoreReader(moduleIds, table.otherSets()).read(table.file());
            ModuleScores s = read.scores();
            scores.add(s);
            inputs.add(new RecipeInput(relative(directory, table.file()), Sha256.of(table.file()), ""));
            int others = read.otherSets().size();
            notes.add("Module scores: " + table.file() + ": " + s.scores().size() + " of " + network.modules().size()
                    + " modules (" + s.methodName() + " " + s.statistic() + ")" + (others == 0 ? "" : "; " + others
                    + (others == 1 ? " gene set that is not a module" : " gene sets that are not modules")
                    + " left out: " + String.join(", ", read.otherSets())));
        }
        String otherSets = tables.isEmpty() ? "" : tables.get(0).otherSets().name().toLowerCase(Locale.ROOT);
        return new Scores(scores, inputs, otherSets, notes);
    }

    /** The mapping report as TSV. */
    static String reportTsv(MappingReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OverlayTableWriter.writeReport(report, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String relative(Path directory, Path file) {
        Path d = directory.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(d) ? d.relativize(f).toString() : f.toString();
    }
}
